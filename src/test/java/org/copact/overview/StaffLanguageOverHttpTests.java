package org.copact.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.common.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A staff member's language is their profile's: chosen once with the switch of any page, it holds
 * on every page of the visit, their own task list included, and in their next visits; the API's
 * problems speak it too.
 */
class StaffLanguageOverHttpTests extends HttpTestSupport {

    @Test
    void shouldKeepTheChosenLanguageAfterTheTaskListAndInTheNextVisit() {
        assertThat(facilitatorSession.get("/rounds?lang=it").body()).contains("lang=\"it\"");
        assertThat(facilitatorSession.get("/rounds/tasks").body()).as("their own task list").contains("lang=\"it\"");
        assertThat(facilitatorSession.get("/rounds").body()).as("the pages after it").contains("lang=\"it\"")
                .doesNotContain("lang=\"en\"><head");
        assertThat(facilitatorSession.get("/rounds/new").body()).contains("lang=\"it\"");

        HttpSession nextVisit = HttpSession.loggedIn(baseUrl(), facilitator.username(), facilitator.username());
        assertThat(nextVisit.get("/rounds").body()).as("a new session speaks the profile's language")
                .contains("lang=\"it\"");
        assertThat(nextVisit.get("/api/rounds/00000000-0000-0000-0000-000000000000").json().get("title").asText())
                .as("the API's problems too").isEqualTo("Non trovato");

        assertThat(nextVisit.get("/rounds?lang=el").body()).contains("lang=\"el\"");
        assertThat(HttpSession.loggedIn(baseUrl(), facilitator.username(), facilitator.username()).get("/rounds")
                .body()).as("the profile changed for every later session").contains("lang=\"el\"");
        assertThat(facilitatorSession.get("/rounds").body()).as("a visit keeps the language it chose")
                .contains("lang=\"it\"");
    }

    /**
     * A signed-out staff member follows a link with {@code ?lang=it}: the login page, and after it the
     * page they came from and the next ones, speak Italian, their profile's Romanian notwithstanding;
     * the link changed no profile, so their next visit speaks Romanian again.
     */
    /**
     * The refusals Spring Security answers before any controller (not signed in, a change without
     * its CSRF token) are problems in the caller's language too, not English.
     */
    @Test
    void shouldRefuseAnAnonymousCallAndAChangeWithoutItsTokenInTheCallersLanguage() {
        HttpSession.Response anonymous = HttpSession.anonymous(baseUrl()).speaking("it").get("/api/rounds");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.json().get("title").asText()).isEqualTo("Accesso non effettuato");
        assertThat(anonymous.json().get("detail").asText()).startsWith("Accedete, o aprite il link");

        HttpSession browser = HttpSession.viaLoginForm(baseUrl(), facilitator.username(), facilitator.username());
        assertThat(browser.get("/rounds?lang=ro").body()).contains("lang=\"ro\"");
        HttpSession.Response withoutToken = browser.postWithoutCsrfToken("/api/rounds", "{}");
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.json().get("title").asText()).isEqualTo("Nepermis");
        assertThat(withoutToken.json().get("detail").asText()).contains("CSRF").contains("reîncărcați pagina");
    }

    @Test
    void shouldKeepTheLanguageOfALinkThroughTheLoginForTheVisit() {
        accounts.speak(facilitator.username(), Language.RO);
        HttpSession browser = HttpSession.anonymous(baseUrl());

        HttpSession.Response sent = browser.get("/rounds/tasks?lang=it");
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).endsWith("/login");
        Document login = Jsoup.parse(browser.get("/login").body());
        assertThat(login.selectFirst("html").attr("lang")).as("the login page").isEqualTo("it");
        assertThat(login.selectFirst("h1").text()).isEqualTo("Accesso");

        String cameFrom = logIn(browser);
        assertThat(cameFrom).as("back to the page they came from").contains("/rounds/tasks");
        assertThat(language(browser.get(URI.create(cameFrom).getRawPath() + "?" + URI.create(cameFrom).getRawQuery())))
                .as("the page they came from").isEqualTo("it");
        assertThat(language(browser.get("/rounds"))).as("the next pages of the visit").isEqualTo("it");
        assertThat(language(browser.get("/rounds/new"))).isEqualTo("it");

        assertThat(accounts.languageOf(facilitator.username())).as("a link's language is no switch of the profile")
                .contains(Language.RO);
        assertThat(language(HttpSession.viaLoginForm(baseUrl(), facilitator.username(), facilitator.username())
                .get("/rounds"))).as("the next visit speaks the profile's language").isEqualTo("ro");

        assertThat(language(browser.get("/rounds?lang=el"))).as("a switch while signed in").isEqualTo("el");
        assertThat(accounts.languageOf(facilitator.username())).as("becomes the profile's").contains(Language.EL);
    }

    /**
     * A browser set to Italian gets the login page in Italian; at the login the profile's language
     * takes over, as no language was chosen in the visit, or the browser's when the profile has none.
     */
    @Test
    void shouldSpeakTheBrowsersLanguageOnTheLoginPageAndTheProfilesAfterIt() {
        HttpSession browser = HttpSession.anonymous(baseUrl()).speaking("it-IT,it;q=0.9,en;q=0.5");
        assertThat(browser.get("/rounds").status()).isEqualTo(302);
        assertThat(language(browser.get("/login"))).as("the login page in the browser's language").isEqualTo("it");
        logIn(browser);
        assertThat(language(browser.get("/rounds"))).as("no profile language: still the browser's").isEqualTo("it");

        accounts.speak(facilitator.username(), Language.BG);
        HttpSession another = HttpSession.anonymous(baseUrl()).speaking("it-IT,it;q=0.9,en;q=0.5");
        assertThat(another.get("/rounds").status()).isEqualTo(302);
        assertThat(language(another.get("/login"))).isEqualTo("it");
        logIn(another);
        assertThat(language(another.get("/rounds"))).as("the profile's language from the login on").isEqualTo("bg");
        assertThat(language(another.get("/rounds/tasks"))).isEqualTo("bg");
    }

    /** posts the login form as the page does; answers where Copact sends the browser then */
    private String logIn(HttpSession browser) {
        HttpSession.Response login = browser.postForm("/login", "username=" + facilitator.username() + "&password="
                + facilitator.username());
        assertThat(login.status()).as(login.toString()).isEqualTo(302);
        assertThat(login.location()).doesNotContain("error");
        return login.location();
    }

    private static String language(HttpSession.Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return Jsoup.parse(page.body()).selectFirst("html").attr("lang");
    }

    /** Before choosing anything the browser's language holds: the staff's own task list once turned it to English. */
    @Test
    void shouldKeepTheBrowsersLanguageAfterTheTaskListUntilTheyChoose() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (String path : new String[] {"/rounds", "/rounds/tasks", "/rounds", "/rounds/new"}) {
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .header("Accept-Language", "it-IT,it;q=0.9,en;q=0.5")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (facilitator.username() + ":" + facilitator.username()).getBytes(StandardCharsets.UTF_8)))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).as(path + " in the browser's Italian").contains("lang=\"it\"");
        }
    }
}
