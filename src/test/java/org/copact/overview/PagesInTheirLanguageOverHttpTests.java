package org.copact.overview;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.util.List;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.junit.jupiter.api.Test;

/**
 * The login page and the round form in the language chosen with the switch: Copact's own login
 * page with its CSRF token, its error and its farewell; the round form's field errors in the page's
 * language, while the JSON API keeps reporting them in English.
 */
class PagesInTheirLanguageOverHttpTests extends HttpTestSupport {

    @Test
    void shouldShowTheLoginPageWithItsErrorAndLogoutMessagesInGreek() {
        HttpSession browser = HttpSession.anonymous(baseUrl());
        HttpSession.Response login = browser.get("/login?lang=el");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("lang=\"el\"").contains("<h1>Σύνδεση</h1>").contains("Όνομα χρήστη")
                .contains("Κωδικός πρόσβασης").contains("name=\"_csrf\"").contains("Ελληνικά")
                .doesNotContain("Please sign in").doesNotContain("Λάθος όνομα χρήστη");

        HttpSession.Response refused = browser.postForm("/login",
                "username=" + facilitator.username() + "&password=wrong");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("Λάθος όνομα χρήστη ή κωδικός πρόσβασης.");

        HttpSession.Response admitted = browser.postForm("/login",
                "username=" + URLEncoder.encode(facilitator.username(), UTF_8) + "&password="
                        + URLEncoder.encode(facilitator.username(), UTF_8));
        assertThat(admitted.status()).isEqualTo(302);
        assertThat(admitted.location()).endsWith("/rounds");
        HttpSession.Response rounds = browser.get("/rounds?lang=el");
        assertThat(rounds.status()).isEqualTo(200);
        assertThat(rounds.body()).as("a signed-in page offers to sign out").contains("action=\"/logout\"")
                .contains(">Αποσύνδεση</button>");
        assertThat(login.body()).as("nobody to sign out on the login page").doesNotContain("action=\"/logout\"");

        // a browser is sent on to /login?logout; this client, asking for no HTML, gets a 204
        HttpSession.Response loggedOut = browser.postForm("/logout", "");
        assertThat(loggedOut.status()).as(loggedOut.toString()).isIn(204, 302);
        HttpSession.Response farewell = browser.get("/login?logout&lang=el");
        assertThat(farewell.body()).contains("Αποσυνδεθήκατε.");
        assertThat(browser.get("/rounds").status()).as("logged out").isEqualTo(302);
        assertThat(HttpSession.anonymous(baseUrl()).get("/login?lang=xx").body()).as("an unknown code changes nothing")
                .contains("lang=\"en\"").contains("<h1>Log in</h1>");
    }

    @Test
    void shouldExplainAWrongFieldOfTheRoundFormAndOfTheApiInRomanian() {
        assertThat(facilitatorSession.get("/rounds/new?lang=ro").body()).contains("Definiți o rundă");

        HttpSession.Response refused = facilitatorSession.postForm("/rounds", "title=&defaultLanguage=ro"
                + "&stakeholders=" + URLEncoder.encode("Eco SRL; Dan Pop; not-an-address; SME; ro", UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("lang=\"ro\"").contains("Titlu: nu poate fi gol")
                .contains("Părțile interesate, rândul 1, e-mail: nu este o adresă de email validă")
                .doesNotContain("must not be empty");

        HttpSession.Response api = facilitatorSession.post("/api/rounds", TestRounds.round("",
                List.of(TestRounds.stakeholder("Eco SRL", "Dan Pop", "dan@eco.example", "SME", "ro",
                        TestRounds.ALL_ROLES))));
        assertThat(api.status()).isEqualTo(400);
        // the API answers in the language the session chose, as its other errors do (issue 12, item 1)
        assertThat(api.body()).contains("nu poate fi gol").doesNotContain("must not be empty");
    }

    @Test
    void shouldSayInTheirLanguageThatNobodyWasRemindedWhenNoConsultationIsOpen() {
        HttpSession.Response defined = facilitatorSession.post("/api/rounds", TestRounds.round("Neînceput",
                List.of(TestRounds.stakeholder("Eco SRL", "Dan Pop", "dan-" + java.util.UUID.randomUUID()
                        + "@eco.example", "SME", "ro", TestRounds.ALL_ROLES))));
        String round = defined.json().get("id").asText();

        HttpSession.Response pressed = facilitatorSession.postForm("/rounds/" + round + "/remind", "");

        assertThat(pressed.status()).isEqualTo(302);
        assertThat(pressed.location()).endsWith("/rounds/" + round + "?nobodyToRemind");
        assertThat(facilitatorSession.get("/rounds/" + round + "?nobodyToRemind&lang=ro").body())
                .contains("Nicio consultare a acestei runde nu este deschisă: nu s-a trimis niciun memento.")
                .doesNotContain("Mementourile sunt pe drum.");
    }
}
