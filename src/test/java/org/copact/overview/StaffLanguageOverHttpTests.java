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
        assertThat(facilitatorSession.get("/my/tasks").body()).as("their own task list").contains("lang=\"it\"");
        assertThat(facilitatorSession.get("/rounds").body()).as("the pages after it").contains("lang=\"it\"")
                .doesNotContain("lang=\"en\"><head");
        assertThat(facilitatorSession.get("/rounds/new").body()).contains("lang=\"it\"");

        HttpSession nextVisit = HttpSession.loggedIn(baseUrl(), facilitator.username(), facilitator.username());
        assertThat(nextVisit.get("/rounds").body()).as("a new session speaks the profile's language")
                .contains("lang=\"it\"");
        assertThat(nextVisit.get("/api/rounds/00000000-0000-0000-0000-000000000000").json().get("title").asText())
                .as("the API's problems too").isEqualTo("Non trovato");

        assertThat(nextVisit.get("/rounds?lang=el").body()).contains("lang=\"el\"");
        assertThat(facilitatorSession.get("/rounds").body()).as("the profile changed for every session")
                .contains("lang=\"el\"");
    }

    /** Before choosing anything the browser's language holds: the staff's own task list once turned it to English. */
    @Test
    void shouldKeepTheBrowsersLanguageAfterTheTaskListUntilTheyChoose() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (String path : new String[] {"/rounds", "/my/tasks", "/rounds", "/rounds/new"}) {
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
