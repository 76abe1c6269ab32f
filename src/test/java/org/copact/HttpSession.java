package org.copact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One person's browser, as far as the API is concerned: cookies kept between requests, the CSRF
 * token sent back as Spring Security expects, and either a login (HTTP Basic) or a session opened
 * by a personal link.
 */
public final class HttpSession {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final String baseUrl;
    private final CookieManager cookies;
    private final HttpClient client;
    private final String basicAuth;
    private String language;

    private HttpSession(String baseUrl, String basicAuth) {
        this(baseUrl, basicAuth, new CookieManager());
    }

    private HttpSession(String baseUrl, String basicAuth, CookieManager cookies) {
        this.baseUrl = baseUrl;
        this.basicAuth = basicAuth;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static HttpSession anonymous(String baseUrl) {
        return new HttpSession(baseUrl, null);
    }

    public static HttpSession loggedIn(String baseUrl, String username, String password) {
        return new HttpSession(baseUrl, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The same browser, with its cookies (the session among them), at another address of Copact:
     * Copact started again on another port, or another node of the cluster.
     */
    public HttpSession at(String otherBaseUrl) {
        HttpSession moved = new HttpSession(otherBaseUrl, basicAuth, cookies);
        moved.language = language;
        return moved;
    }

    /** From now on, every request asks for this language (Accept-Language), as a browser set to it does. */
    public HttpSession speaking(String languageCode) {
        this.language = languageCode;
        return this;
    }

    /** Opens a personal link (absolute or a path) as the stakeholder's browser would. */
    public Response open(String link) {
        String path = link.startsWith("http") ? URI.create(link).getRawPath() : link;
        return send(request(path).GET());
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    public Response post(String path, Object body) {
        try {
            String json = body instanceof String text ? text : JSON.writeValueAsString(body);
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON body sent with any method and any extra headers (name, value, name, value…). */
    public Response send(String method, String path, Object body, String... headers) {
        try {
            String json = body == null ? "" : body instanceof String text ? text : JSON.writeValueAsString(body);
            HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                builder.header(headers[i], headers[i + 1]);
            }
            return send(builder);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Response patch(String path, Object body) {
        return sendJson("PATCH", path, body);
    }

    public Response put(String path, Object body) {
        return sendJson("PUT", path, body);
    }

    private Response sendJson(String method, String path, Object body) {
        return send(method, path, body, (String) null);
    }

    /** A JSON request of any method, asking for the answer in this language (null: no Accept-Language). */
    public Response send(String method, String path, Object body, String language) {
        try {
            String json = body instanceof String text ? text : JSON.writeValueAsString(body);
            HttpRequest.Builder builder = request(path).header("Content-Type", "application/json");
            if (language != null) {
                builder.header("Accept-Language", language);
            }
            return send(builder.method(method, HttpRequest.BodyPublishers.ofString(json)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON POST from a client that names itself with this User-Agent. */
    public Response postWithUserAgent(String path, Object body, String userAgent) {
        try {
            String json = body instanceof String text ? text : JSON.writeValueAsString(body);
            return send(request(path).header("Content-Type", "application/json").header("User-Agent", userAgent)
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** A DELETE with a JSON body (a reason, say). */
    public Response delete(String path, Object body) {
        return send("DELETE", path, body, (String) null);
    }

    /** A staff member's browser after the login form: a session cookie, no credentials on each request. */
    public static HttpSession viaLoginForm(String baseUrl, String username, String password) {
        HttpSession browser = anonymous(baseUrl);
        browser.get("/login");
        Response login = browser.postForm("/login", "username=" + java.net.URLEncoder.encode(username,
                StandardCharsets.UTF_8) + "&password=" + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8));
        if (login.status() != 302 || login.location() == null || login.location().contains("error")) {
            throw new IllegalStateException("the login of " + username + " failed: " + login);
        }
        return browser;
    }

    /** A page's form posted as a browser posts it (the CSRF token rides in the header, as the page's field would). */
    public Response postForm(String path, String urlEncoded) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded)));
    }

    /** The same without the CSRF token, as a page on another site would send it. */
    public Response postFormWithoutCsrfToken(String path, String urlEncoded) {
        return send(request(path, false).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded)));
    }

    /** A file upload as a browser's form sends it: multipart/form-data, the name in UTF-8. */
    public Response postFile(String path, String field, String fileName, String contentType, byte[] content) {
        String boundary = "copact-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName.replace("\"", "%22") + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Any body with any Content-Type, as a broken or hostile client sends it (the CSRF token in the header). */
    public Response postRaw(String path, String contentType, byte[] body) {
        return sendRaw("POST", path, contentType, body);
    }

    /** The same with any method; no Content-Type when it is null; an answer that takes over 15 s fails. */
    public Response sendRaw(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path).timeout(java.time.Duration.ofSeconds(15));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * A page's form with files, as a browser sends it: multipart/form-data, the CSRF token only where
     * the page put it (its hidden {@code _csrf} field, given among the parts), never in a header.
     */
    public Response postMultipart(String path, Multipart parts) {
        return send(request(path, false).header("Content-Type", parts.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(parts.body())));
    }

    /** The parts of a multipart/form-data body, in order: text fields and files, names in UTF-8. */
    public static final class Multipart {

        private final String boundary = "copact-" + java.util.UUID.randomUUID();
        private final java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();

        public Multipart field(String name, String value) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            return this;
        }

        public Multipart file(String name, String fileName, String contentType, byte[] content) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                    + "\"; filename=\"" + fileName.replace("\"", "%22") + "\"\r\nContent-Type: " + contentType
                    + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] body() {
            java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
            whole.writeBytes(body.toByteArray());
            whole.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return whole.toByteArray();
        }
    }

    /** A download: the status, the headers that matter and the bytes. */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = client.send(request(path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(),
                    response.headers().firstValue("Content-Disposition").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Download(int status, String contentDisposition, byte[] body) {
    }

    /** A POST as a page on another site would send it: with the cookies, without the CSRF token. */
    public Response postWithoutCsrfToken(String path, Object body) {
        return postWithoutCsrfToken(path, body, null);
    }

    /** The same, with this Authorization header besides the cookies (null: none). */
    public Response postWithoutCsrfToken(String path, Object body, String authorization) {
        try {
            String json = body instanceof String text ? text : JSON.writeValueAsString(body);
            HttpRequest.Builder builder = request(path, false).header("Content-Type", "application/json");
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            return send(builder.POST(HttpRequest.BodyPublishers.ofString(json)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Set-Cookie headers of a GET, as the server sends them. */
    public List<String> setCookies(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding()).headers()
                    .allValues("Set-Cookie");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return request(path, true);
    }

    private HttpRequest.Builder request(String path, boolean withCsrfToken) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (basicAuth != null) {
            builder.header("Authorization", basicAuth);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        if (withCsrfToken) {
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst()
                    .ifPresent(token -> builder.header("X-XSRF-TOKEN", token));
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String contentType, String location, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
