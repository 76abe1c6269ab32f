package org.copact;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bad requests made from the OpenAPI document, as a careless or hostile client sends them: for each
 * operation, every path variable, query parameter and JSON body field in turn gets a wrong type, a
 * huge number, a far date, a NUL, an over-long string or goes missing, and the body as a whole is
 * malformed or of the wrong content type. The rest of each request is as right as the document
 * lets it be, so that the request reaches its handler.
 */
final class BadRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    static final List<String> BAD_PATH_VALUES = List.of("not-an-id", "%00", "9".repeat(30) + "%F0%9F%98%80");
    static final List<String> BAD_QUERY_VALUES = List.of("\u0000", "99999999999999999999", "x".repeat(5000),
            "+294277-01-01T00:00:00Z");
    static final List<String> BAD_BODIES = List.of("{", "[]", "\u0000");

    /** One request: who sends it is decided by the path; a body of null sends none. */
    record Request(String method, String path, String contentType, byte[] body, String what) {

        String key() {
            return method + " " + path + " " + contentType + " " + (body == null ? "" : new String(body, UTF_8));
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, UTF_8);
            return method + " " + (path.length() > 160 ? path.substring(0, 160) + "…" : path) + " [" + what + "] "
                    + (shown.length() > 200 ? shown.substring(0, 200) + "…" : shown);
        }
    }

    private final JsonNode document;
    private final Function<String[], String> valueOf;
    private final Map<String, List<String>> bodyKeys;

    /**
     * @param valueOf a right value for a path variable: {path pattern, variable name}
     * @param bodyKeys the keys of a body whose schema names none (a task's answers), by path pattern
     */
    BadRequests(JsonNode document, Function<String[], String> valueOf, Map<String, List<String>> bodyKeys) {
        this.document = document;
        this.valueOf = valueOf;
        this.bodyKeys = bodyKeys;
    }

    List<Request> all() {
        Set<String> seen = new LinkedHashSet<>();
        List<Request> requests = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            for (Request request : of(path.getKey(), op.getKey().toUpperCase(), op.getValue())) {
                if (seen.add(request.key())) {
                    requests.add(request);
                }
            }
        }));
        return requests;
    }

    private List<Request> of(String pattern, String method, JsonNode operation) {
        List<Request> requests = new ArrayList<>();
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(p -> parameters.add(resolve(p)));
        String rightPath = fill(pattern, null, null);
        String rightQuery = query(parameters, null, null);
        JsonNode content = resolve(operation.path("requestBody")).path("content");
        String jsonType = content.has("application/json") ? "application/json" : null;
        boolean multipart = content.has("multipart/form-data");
        byte[] rightBody = jsonType == null ? null : bytes(sample(content.get(jsonType).path("schema"), pattern, 0));

        Matcher variable = VARIABLE.matcher(pattern);
        while (variable.find()) {
            for (String bad : BAD_PATH_VALUES) {
                requests.add(new Request(method, fill(pattern, variable.group(1), bad) + rightQuery, jsonType,
                        rightBody, variable.group(1) + "=" + bad));
            }
        }
        for (JsonNode parameter : parameters) {
            if (parameter.path("in").asText().equals("query")) {
                for (String bad : BAD_QUERY_VALUES) {
                    requests.add(new Request(method, rightPath + query(parameters, parameter.get("name").asText(), bad),
                            jsonType, rightBody, "query " + parameter.get("name").asText()));
                }
            }
        }
        String target = rightPath + rightQuery;
        if (jsonType != null) {
            JsonNode schema = resolve(content.get(jsonType).path("schema"));
            ObjectNode base = sample(schema, pattern, 0) instanceof ObjectNode object ? object : NODES.objectNode();
            List<String> keys = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(keys::add);
            keys.addAll(bodyKeys.getOrDefault(pattern, List.of()));
            for (String key : keys) {
                for (Map.Entry<String, JsonNode> bad : badValues(schema.path("properties").path(key))) {
                    ObjectNode mutated = base.deepCopy();
                    if (bad.getValue() == null) {
                        mutated.remove(key);
                    } else {
                        mutated.set(key, bad.getValue());
                    }
                    requests.add(new Request(method, target, jsonType, bytes(mutated), key + ": " + bad.getKey()));
                }
            }
            for (String bad : BAD_BODIES) {
                requests.add(new Request(method, target, jsonType, bad.getBytes(UTF_8), "malformed body"));
            }
            requests.add(new Request(method, target, "text/plain", rightBody, "wrong content type"));
            requests.add(new Request(method, target, null, new byte[0], "no body"));
        }
        if (multipart) {
            requests.addAll(multipart(method, target));
        }
        return requests;
    }

    private static List<Request> multipart(String method, String target) {
        String boundary = "copact-corpus";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"";
        String type = "multipart/form-data; boundary=" + boundary;
        return List.of(
                new Request(method, target, "multipart/form-data", TestFiles.PDF, "multipart without boundary"),
                new Request(method, target, type, (head + "a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4")
                        .getBytes(UTF_8), "multipart cut short"),
                new Request(method, target, type, (head + "a\u0000.exe.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                        + new String(TestFiles.PDF, UTF_8) + "\r\n--" + boundary + "--\r\n").getBytes(UTF_8),
                        "NUL in file name"),
                new Request(method, target, type, (head + "empty.pdf\"\r\nContent-Type: application/pdf\r\n\r\n\r\n--"
                        + boundary + "--\r\n").getBytes(UTF_8), "empty file"),
                new Request(method, target, type, ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\""
                        + "\r\n\r\nx\r\n--" + boundary + "--\r\n").getBytes(UTF_8), "no file part"),
                new Request(method, target, type, (head + "x".repeat(5000) + ".pdf\"\r\nContent-Type: application/pdf"
                        + "\r\n\r\n" + new String(TestFiles.PDF, UTF_8) + "\r\n--" + boundary + "--\r\n")
                        .getBytes(UTF_8), "over-long file name"));
    }

    /** Each bad value for a field of this schema, by what it is; a null value: the field left out. */
    private List<Map.Entry<String, JsonNode>> badValues(JsonNode property) {
        JsonNode schema = resolve(property);
        boolean text = schema.path("type").asText("string").equals("string");
        List<Map.Entry<String, JsonNode>> bad = new ArrayList<>();
        bad.add(Map.entry("wrong type", text ? NODES.numberNode(12345) : NODES.textNode("not a " + schema.path("type").asText())));
        bad.add(Map.entry("huge number", NODES.numberNode(new java.math.BigDecimal("1e400"))));
        bad.add(Map.entry("far date", NODES.textNode("+294277-01-01T00:00:00Z")));
        if (text) {
            bad.add(Map.entry("huge duration", NODES.textNode("P999999999D")));
        }
        bad.add(Map.entry("NUL", NODES.textNode("a\u0000b")));
        bad.add(Map.entry("over-long", NODES.textNode("ș".repeat(5000))));
        bad.add(new java.util.AbstractMap.SimpleEntry<>("missing", null));
        if (schema.path("type").asText().equals("array")) {
            bad.add(Map.entry("array of NUL", NODES.arrayNode().add("a\u0000").add("x".repeat(300))));
        }
        return bad;
    }

    /** A value the schema allows, as far as it says: its example, its first enum value, a plausible one. */
    private JsonNode sample(JsonNode node, String pattern, int depth) {
        JsonNode schema = resolve(node);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(p ->
                            object.set(p.getKey(), named(p.getKey(), sample(p.getValue(), pattern, depth + 1))));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(sample(schema.path("items"), pattern, depth + 1));
                }
                return array;
            }
            case "integer", "number" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return switch (schema.path("format").asText()) {
                    case "date-time" -> NODES.textNode(Instant.now().plus(Duration.ofDays(20)).toString());
                    case "date" -> NODES.textNode(LocalDate.now().plusDays(20).toString());
                    case "uuid" -> NODES.textNode(valueOf.apply(new String[] {pattern, "id"}));
                    default -> NODES.textNode("Eficiență energetică");
                };
            }
        }
    }

    private static JsonNode named(String name, JsonNode value) {
        String lower = name.toLowerCase();
        if (value.isTextual() && lower.contains("email")) {
            return NODES.textNode("someone@example.org");
        }
        if (value.isTextual() && lower.contains("language")) {
            return NODES.textNode("ro");
        }
        return value;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        return current;
    }

    private String fill(String pattern, String badVariable, String bad) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value = variable.group(1).equals(badVariable) ? bad
                    : valueOf.apply(new String[] {pattern, variable.group(1)});
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return variable.appendTail(path).toString();
    }

    private static String query(List<JsonNode> parameters, String badName, String bad) {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            if (parameter.path("in").asText().equals("query") && name.equals(badName)) {
                query.append(query.isEmpty() ? "?" : "&").append(URLEncoder.encode(name, UTF_8)).append('=')
                        .append(URLEncoder.encode(bad, UTF_8));
            }
        }
        return query.toString();
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
