package org.copact.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.common.Language;
import org.junit.jupiter.api.Test;

/** Administrators list, change, disable and re-enable staff accounts, and give a facilitator several regions. */
class StaffAdministrationTests extends HttpTestSupport {

    @Test
    void shouldListChangeDisableAndReEnableAStaffAccount() {
        HttpSession admin = newAdministrator();

        HttpSession.Response list = admin.get("/api/admin/staff");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(usernames(list)).contains(facilitator.username());

        HttpSession.Response changed = admin.patch("/api/admin/staff/" + facilitator.username(),
                Map.of("displayName", "Giulia Ferraro", "language", "it"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("displayName").asText()).isEqualTo("Giulia Ferraro");
        assertThat(accounts.find(facilitator.username()).orElseThrow().language()).isEqualTo(Language.IT);
        assertThat(accounts.find(facilitator.username()).orElseThrow().regionIds())
                .as("the regions were left out, so they stay").containsExactly(facilitator.regionId());

        HttpSession browser = HttpSession.viaLoginForm(baseUrl(), facilitator.username(), facilitator.username());
        assertThat(browser.get("/api/rounds").status()).isEqualTo(200);

        HttpSession.Response disabled = admin.post("/api/admin/staff/" + facilitator.username() + "/disabling",
                Map.of());
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(browser.get("/api/rounds").status()).as("the session it had is refused").isEqualTo(401);
        assertThat(facilitatorSession.get("/api/rounds").status()).as("its login fails").isEqualTo(401);
        assertThat(HttpSession.anonymous(baseUrl()).get("/login").status()).isEqualTo(200);

        assertThat(admin.post("/api/admin/staff/" + facilitator.username() + "/enabling", Map.of()).status())
                .isEqualTo(200);
        assertThat(facilitatorSession.get("/api/rounds").status()).as("it logs in again").isEqualTo(200);
    }

    @Test
    void shouldRefuseEveryWrongChangeWithItsFieldInTheCallersLanguageAndChangeNothing() {
        HttpSession admin = newAdministrator();

        HttpSession.Response wrong = admin.send("PATCH", "/api/admin/staff/" + facilitator.username(),
                Map.of("displayName", "", "role", "BOSS", "regionIds", List.of("NOWHERE"), "email", "no-at",
                        "language", "fr"), "it");

        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
        assertThat(fields(wrong)).containsExactlyInAnyOrder("displayName", "role", "regionIds", "email", "language");
        assertThat(wrong.body()).contains("non può essere vuoto", "non esiste la regione NOWHERE");
        assertThat(accounts.find(facilitator.username()).orElseThrow().displayName())
                .isEqualTo("Facilitator " + facilitator.regionId());
        assertThat(admin.patch("/api/admin/staff/nobody-" + UUID.randomUUID(), Map.of()).status()).isEqualTo(404);
    }

    @Test
    void shouldShowAFacilitatorOfTwoRegionsTheRoundsOfBoth() {
        HttpSession admin = newAdministrator();
        Caller.Staff other = TestRounds.newRegionWithFacilitator(accounts);
        HttpSession otherSession = HttpSession.loggedIn(baseUrl(), other.username(), other.username());
        String inOther = otherSession.post("/api/rounds", TestRounds.round("Round of the other region",
                TestRounds.fiveStakeholders("-two-" + other.regionId()))).json().get("id").asText();
        String inOwn = facilitatorSession.post("/api/rounds", TestRounds.round("Round of the own region",
                TestRounds.fiveStakeholders("-one-" + facilitator.regionId()))).json().get("id").asText();
        assertThat(facilitatorSession.get("/api/rounds/" + inOther).status()).isEqualTo(404);

        HttpSession.Response both = admin.patch("/api/admin/staff/" + facilitator.username(),
                Map.of("regionIds", List.of(facilitator.regionId(), other.regionId())));
        assertThat(both.status()).as(both.toString()).isEqualTo(200);

        assertThat(facilitatorSession.get("/api/rounds").body()).contains(inOwn, inOther);
        assertThat(facilitatorSession.get("/api/rounds/" + inOther).status()).isEqualTo(200);
        HttpSession.Response unnamed = facilitatorSession.post("/api/rounds", TestRounds.round("Which region?",
                TestRounds.fiveStakeholders("-three-" + facilitator.regionId())));
        assertThat(unnamed.status()).as("with two regions the round must say which").isEqualTo(400);
        assertThat(fields(unnamed)).containsExactly("regionId");
    }

    @Test
    void shouldLetAnAdministratorDefineARoundForAnyRegionOverTheApiAndThePage() {
        HttpSession admin = newAdministrator();
        HttpSession.Response defined = admin.post("/api/rounds", withRegion(TestRounds.round("Defined by the admin",
                TestRounds.fiveStakeholders("-admin-" + facilitator.regionId())), facilitator.regionId()));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        assertThat(defined.json().get("regionId").asText()).isEqualTo(facilitator.regionId());
        assertThat(facilitatorSession.get("/api/rounds").body()).as("the region's facilitator runs it")
                .contains(defined.json().get("id").asText());

        HttpSession.Response noRegion = admin.post("/api/rounds", TestRounds.round("", List.of()));
        assertThat(fields(noRegion)).contains("regionId", "title");
        HttpSession.Response unknown = admin.post("/api/rounds", withRegion(TestRounds.round(
                "Nowhere", TestRounds.fiveStakeholders("-nowhere-" + facilitator.regionId())), "NOWHERE"));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(fields(unknown)).as("an unknown region, and nothing else wrong").containsExactly("regionId");
        assertThat(unknown.json().at("/errors/0/message").asText()).isEqualTo("must name an existing region");

        HttpSession.Response launched = admin.post("/api/rounds/" + defined.json().get("id").asText() + "/launch", "");
        assertThat(launched.status()).as("an administrator launches the round they defined: " + launched)
                .isEqualTo(200);
        assertThat(launched.json().get("status").asText()).isEqualTo("RUNNING");

        assertThat(admin.get("/rounds/new").body()).contains("name=\"regionId\"", facilitator.regionId())
                .as("no region chosen for the administrator").contains("<option value=\"\">Choose a region</option>");
        HttpSession.Response unchosen = admin.postForm("/rounds?lang=it", "title=Patto+senza+regione&topic=Energia"
                + "&regionId=&defaultLanguage=it&languages=it"
                + "&consultationDeadline=2099-01-10&reviewDeadline=2099-02-10&signatureDeadline=2099-03-10"
                + "&stakeholders=Comune+di+Lecce%3B+Anna+Rossi%3B+anna-lecce-" + facilitator.regionId()
                + "%40lecce.example%3B+PUBLIC_AUTHORITY%3B+it");
        assertThat(unchosen.status()).as("a region must be chosen").isEqualTo(422);
        assertThat(unchosen.body()).contains("Regione del ciclo: deve indicare una regione esistente")
                .containsPattern("id=\"regionId\"[^>]*aria-invalid=\"true\"");
        assertThat(facilitatorSession.get("/api/rounds").body()).doesNotContain("Patto senza regione");
        HttpSession.Response page = admin.postForm("/rounds", "title=Patto+dalla+pagina&topic=Energia"
                + "&regionId=" + facilitator.regionId() + "&defaultLanguage=it&languages=it"
                + "&consultationDeadline=2099-01-10&reviewDeadline=2099-02-10&signatureDeadline=2099-03-10"
                + "&stakeholders=Comune+di+Bari%3B+Anna+Rossi%3B+anna-" + facilitator.regionId()
                + "%40bari.example%3B+PUBLIC_AUTHORITY%3B+it");
        assertThat(page.status()).as(page.toString()).isEqualTo(302);
        assertThat(facilitatorSession.get("/api/rounds").body()).contains("Patto dalla pagina");
    }

    @Test
    void shouldOfferThePageToAdministratorsOnlyAndApplyItsChanges() {
        HttpSession admin = newAdministrator();
        assertThat(facilitatorSession.get("/admin/staff").status()).isEqualTo(403);
        assertThat(admin.get("/rounds").body()).contains("/admin/staff");

        HttpSession.Response page = admin.get("/admin/staff?lang=ro");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Conturi de personal", facilitator.username());

        HttpSession.Response wrong = admin.postForm("/admin/staff/" + facilitator.username(),
                "displayName=&role=FACILITATOR&email=x&language=ro");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("nu poate fi gol", "nu este o adresă de e-mail validă");

        HttpSession.Response saved = admin.postForm("/admin/staff/" + facilitator.username(),
                "displayName=Ana+Pop&role=FACILITATOR&regionIds=" + facilitator.regionId()
                        + "&email=ana%40ilfov.example&language=ro");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
        assertThat(accounts.find(facilitator.username()).orElseThrow().email()).isEqualTo("ana@ilfov.example");

        assertThat(admin.postForm("/admin/staff/" + facilitator.username() + "/disabling", "").status())
                .isEqualTo(302);
        assertThat(accounts.find(facilitator.username()).orElseThrow().enabled()).isFalse();
        assertThat(admin.get("/admin/staff").body()).contains("/admin/staff/" + facilitator.username() + "/enabling");
    }

    private static org.copact.round.RoundDefinition withRegion(org.copact.round.RoundDefinition d, String region) {
        return new org.copact.round.RoundDefinition(d.title(), d.topic(), region, d.defaultLanguage(), d.languages(),
                d.consultationDeadline(), d.reminderBefore(), d.reviewDeadline(), d.signatureDeadline(),
                d.signingRule(), d.targets(), d.stakeholders());
    }

    private HttpSession newAdministrator() {
        String username = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.ensureUser(username, username, "Administrator", StaffRole.ADMIN, null, null);
        return HttpSession.loggedIn(baseUrl(), username, username);
    }

    private static List<String> usernames(HttpSession.Response response) {
        return StreamSupport.stream(response.json().spliterator(), false).map(a -> a.get("username").asText())
                .toList();
    }

    private static List<String> fields(HttpSession.Response response) {
        return StreamSupport.stream(response.json().get("errors").spliterator(), false)
                .map(e -> e.get("field").asText()).toList();
    }
}
