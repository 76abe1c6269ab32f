package org.copact.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.identity.Caller;
import org.copact.round.internal.RoundRepository;
import org.copact.stakeholder.Participations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every mistake a client can make with rounds and tasks gets a clear answer and changes nothing. */
class RoundApiTests extends HttpTestSupport {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    RoundRepository rounds;
    @Autowired
    Participations participations;

    @Test
    void shouldRefuseAWrongDefinitionListingEveryFieldAndStoreNothing() {
        Instant now = Instant.now();
        RoundDefinition wrong = new RoundDefinition("  ", null, null, "de", List.of("ro", "xx"),
                now.plus(Duration.ofDays(20)).toString(), "soon", now.plus(Duration.ofDays(10)).toString(),
                "next tuesday", "MAJORITY", null, List.of(
                        TestRounds.stakeholder("Primăria", "Elena", "elena@primaria.example", "PUBLIC_AUTHORITY", "ro",
                                List.of("SIGNATORY")),
                        TestRounds.stakeholder("Eco SRL", "Dan", "ELENA@primaria.example", "SME", "ro",
                                List.of("PARTICIPANT")),
                        TestRounds.stakeholder("", "Ion", "not-an-email", "FARMER", "klingon", List.of("BOSS"))));

        HttpSession.Response response = facilitatorSession.post("/api/rounds", wrong);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response)).contains("title", "defaultLanguage", "languages[1]", "reminderBefore",
                "reviewDeadline", "signatureDeadline", "signingRule", "stakeholders[1].email",
                "stakeholders[2].organisation", "stakeholders[2].email", "stakeholders[2].category",
                "stakeholders[2].language", "stakeholders[2].roles[0]");
        assertThat(rounds.findByRegionIdOrderByCreatedAtDesc(facilitator.regionId())).isEmpty();
        assertThat(participations.isKnownInRegion(facilitator.regionId(), "elena@primaria.example")).isFalse();
    }

    @Test
    void shouldRefuseDeadlinesInThePastOrOutOfOrder() {
        Instant now = Instant.now();
        RoundDefinition wrong = new RoundDefinition("Pact", null, null, "ro", List.of(),
                now.minus(Duration.ofDays(1)).toString(), null, now.minus(Duration.ofDays(2)).toString(),
                now.plus(Duration.ofDays(2)).toString(), null, null, TestRounds.fiveStakeholders("x"));

        HttpSession.Response response = facilitatorSession.post("/api/rounds", wrong);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactlyInAnyOrder("consultationDeadline", "reviewDeadline");
    }

    @Test
    void shouldAnswerMalformedJsonWithA400() {
        HttpSession.Response broken = facilitatorSession.post("/api/rounds", "{\"title\": \"Pact\", ");
        HttpSession.Response wrongShape = facilitatorSession.post("/api/rounds", "{\"title\": [1, 2]}");
        HttpSession.Response unknownField = facilitatorSession.post("/api/rounds", "{\"titel\": \"Pact\"}");

        assertThat(List.of(broken, wrongShape, unknownField)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
        });
    }

    @Test
    void shouldAnswer409WhenARoundIsLaunchedTwice() {
        String id = define();
        assertThat(facilitatorSession.post("/api/rounds/" + id + "/launch", "").status()).isEqualTo(200);

        HttpSession.Response again = facilitatorSession.post("/api/rounds/" + id + "/launch", "");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void shouldHideTheRoundsOfAnotherRegion() {
        String id = define();
        Caller.Staff other = TestRounds.newRegionWithFacilitator(accounts);
        HttpSession otherFacilitator = HttpSession.loggedIn(baseUrl(), other.username(), other.username());

        assertThat(otherFacilitator.get("/api/rounds/" + id).status()).isEqualTo(404);
        assertThat(otherFacilitator.post("/api/rounds/" + id + "/launch", "").status()).isEqualTo(404);
        assertThat(otherFacilitator.get("/api/rounds/" + id + "/history").status()).isEqualTo(404);
        assertThat(otherFacilitator.get("/api/rounds").json()).isEmpty();
        assertThat(facilitatorSession.get("/api/rounds/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(facilitatorSession.get("/api/rounds/not-a-uuid").status()).isEqualTo(404);
    }

    @Test
    void shouldKeepStakeholdersToTheirOwnTasks() {
        String suffix = suffix();
        launchDefinedRound(define(suffix));
        HttpSession anaBrowser = browserOf("ana" + suffix + "@cj-ilfov.example");
        HttpSession danBrowser = browserOf("dan" + suffix + "@eco.example");
        String danTask = onlyTask(danBrowser);

        assertThat(anaBrowser.get("/api/tasks/" + danTask + "/form").status()).isEqualTo(404);
        assertThat(anaBrowser.post("/api/tasks/" + danTask + "/submission",
                Map.of("priorities", "x", "intendsToSign", "yes")).status()).isEqualTo(404);
        assertThat(anaBrowser.get("/api/rounds").status()).as("rounds are for staff").isEqualTo(403);

        Map<String, Object> answer = Map.of("priorities", "Reciclare", "intendsToSign", "yes");
        assertThat(danBrowser.post("/api/tasks/" + danTask + "/submission", answer).status()).isEqualTo(204);
        HttpSession.Response twice = danBrowser.post("/api/tasks/" + danTask + "/submission", answer);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
    }

    @Test
    void shouldAnswerASubmissionThatDoesNotFitTheFormWithFieldErrors() {
        String suffix = suffix();
        launchDefinedRound(define(suffix));
        HttpSession danBrowser = browserOf("dan" + suffix + "@eco.example");
        String task = onlyTask(danBrowser);

        HttpSession.Response response = danBrowser.post("/api/tasks/" + task + "/submission",
                Map.of("priorities", 42, "intendsToSign", "maybe", "shoeSize", 44));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactlyInAnyOrder("priorities", "intendsToSign", "shoeSize");
        assertThat(danBrowser.get("/api/tasks").json()).as("the task is still open").hasSize(1);
    }

    @Test
    void shouldRefuseAChangeFromABrowserSessionWithoutItsCsrfToken() {
        String suffix = suffix();
        launchDefinedRound(define(suffix));
        HttpSession danBrowser = browserOf("dan" + suffix + "@eco.example");
        String task = onlyTask(danBrowser);

        HttpSession.Response forged = danBrowser.postWithoutCsrfToken("/api/tasks/" + task + "/submission",
                Map.of("priorities", "Reciclare", "intendsToSign", "yes"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(danBrowser.get("/api/tasks").json()).as("the task is still open").hasSize(1);
        for (String authorization : List.of("Bearer x", "Negotiate x", "basic")) {
            HttpSession.Response withAHeader = danBrowser.postWithoutCsrfToken("/api/tasks/" + task + "/submission",
                    Map.of("priorities", "Reciclare", "intendsToSign", "yes"), authorization);
            assertThat(withAHeader.status()).as("an Authorization header that authenticates nothing: %s",
                    authorization).isEqualTo(403);
        }
        assertThat(danBrowser.get("/api/tasks").json()).as("the task is still open").hasSize(1);
    }

    @Test
    void shouldSendTheSessionCookieSameSiteLax() {
        String suffix = suffix();
        launchDefinedRound(define(suffix));
        String dan = "dan" + suffix + "@eco.example";
        await().atMost(Duration.ofSeconds(60)).until(() -> !mailbox.to(dan).isEmpty());
        String link = mailbox.latestLinkTo(dan);
        HttpSession browser = HttpSession.anonymous(baseUrl());
        assertThat(browser.setCookies(link.substring(link.indexOf("/s/"))))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).singleElement().asString()
                .containsIgnoringCase("SameSite=Lax").contains("HttpOnly");
    }

    @Test
    void shouldAskForALoginWithAProblemDocument() {
        HttpSession.Response unauthenticated = HttpSession.anonymous(baseUrl()).get("/api/tasks");
        HttpSession.Response wrongPassword = HttpSession.loggedIn(baseUrl(), facilitator.username(), "wrong")
                .get("/api/rounds");

        assertThat(List.of(unauthenticated, wrongPassword)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.contentType()).startsWith("application/problem+json");
        });
    }

    @Test
    void shouldEndAStakeholdersAccessWhenTheirLinksAreRevoked() {
        String suffix = suffix();
        String roundId = define(suffix);
        launchDefinedRound(roundId);
        String dan = "dan" + suffix + "@eco.example";
        HttpSession danBrowser = browserOf(dan);
        onlyTask(danBrowser);
        String danParticipation = StreamSupport.stream(facilitatorSession.get("/api/rounds/" + roundId).json()
                .get("stakeholders").spliterator(), false)
                .filter(s -> s.get("email").asText().equals(dan)).findFirst().orElseThrow()
                .get("participationId").asText();

        HttpSession.Response revoked = facilitatorSession.post(
                "/api/rounds/" + roundId + "/participations/" + danParticipation + "/link-revocation", "");

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("revoked").asInt()).isEqualTo(1);
        assertThat(danBrowser.get("/api/tasks").status()).as("the open session ends").isEqualTo(401);
        assertThat(HttpSession.anonymous(baseUrl()).open(mailbox.latestLinkTo(dan)).status())
                .as("the link opens nothing").isEqualTo(404);
        assertThat(facilitatorSession.post("/api/rounds/" + roundId + "/participations/" + UUID.randomUUID()
                + "/link-revocation", "").status()).isEqualTo(404);
        assertThat(facilitatorSession.get("/api/rounds/" + roundId + "/history").body()).contains("LinksRevoked");
    }

    @Test
    void shouldEndASessionWithItsOwnLinkWhetherRevokedOrExpiredAndLetNoNewLinkReviveIt() {
        String suffix = suffix();
        String roundId = define(suffix);
        launchDefinedRound(roundId);
        String dan = "dan" + suffix + "@eco.example";
        HttpSession revokedBrowser = browserOf(dan);
        onlyTask(revokedBrowser);
        String danParticipation = StreamSupport.stream(facilitatorSession.get("/api/rounds/" + roundId).json()
                .get("stakeholders").spliterator(), false)
                .filter(s -> s.get("email").asText().equals(dan)).findFirst().orElseThrow()
                .get("participationId").asText();
        assertThat(facilitatorSession.post("/api/rounds/" + roundId + "/participations/" + danParticipation
                + "/link-revocation", "").status()).isEqualTo(200);
        int mailsBefore = mailbox.to(dan).size();
        assertThat(facilitatorSession.post("/api/rounds/" + roundId + "/stakeholders/" + danParticipation
                + "/reminder", "").status()).as("a new link goes out").isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> mailbox.to(dan).size() > mailsBefore);

        assertThat(revokedBrowser.get("/api/tasks").status()).as("the new link revives no old session")
                .isEqualTo(401);
        HttpSession.Response revokedPage = revokedBrowser.get("/my/tasks");
        assertThat(revokedPage.status()).as("nor its pages, which say the link ended, not the staff login")
                .isEqualTo(401);
        assertThat(revokedPage.body()).contains("<h1>").doesNotContain("name=\"password\"");

        HttpSession expiringBrowser = browserOf(dan);
        assertThat(expiringBrowser.get("/api/tasks").status()).as("the new link works").isEqualTo(200);
        jdbc.update("update stakeholder_link set expires_at = now() - interval '1 minute' "
                + "where participation_id = ? and revoked_at is null", UUID.fromString(danParticipation));
        assertThat(expiringBrowser.get("/api/tasks").status()).as("the session ends when its link expires")
                .isEqualTo(401);
        HttpSession.Response expiredPage = expiringBrowser.get("/my/pact");
        assertThat(expiredPage.status()).isEqualTo(401);
        assertThat(expiredPage.body()).as("the invalid-link page").doesNotContain("name=\"password\"");
        assertThat(expiringBrowser.get("/api/tasks").contentType()).startsWith("application/problem+json");
    }

    @Test
    void shouldNotOpenAnythingWithAnUnknownLink() {
        HttpSession.Response response = HttpSession.anonymous(baseUrl()).open("/s/" + "x".repeat(43));
        assertThat(response.status()).isEqualTo(404);
    }

    private String define() {
        return define(suffix());
    }

    private String define(String suffix) {
        return defineRound(TestRounds.round("Pact", List.of(
                TestRounds.stakeholder("Consiliul Județean Ilfov", "Ana", "ana" + suffix + "@cj-ilfov.example",
                        "PUBLIC_AUTHORITY", "ro", TestRounds.ALL_ROLES),
                TestRounds.stakeholder("Eco SRL", "Dan", "dan" + suffix + "@eco.example", "SME", "ro",
                        TestRounds.ALL_ROLES))));
    }

    /** The stakeholder's browser after opening the link of their invitation. */
    private HttpSession browserOf(String email) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !mailbox.to(email).isEmpty());
        HttpSession browser = HttpSession.anonymous(baseUrl());
        assertThat(browser.open(mailbox.latestLinkTo(email)).status()).isEqualTo(303);
        return browser;
    }

    private static String onlyTask(HttpSession browser) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> browser.get("/api/tasks").json(),
                tasks -> tasks.size() == 1).get(0).get("id").asText();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> fields(HttpSession.Response response) {
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as(response.toString()).isNotNull();
        return StreamSupport.stream(errors.spliterator(), false).map(e -> e.get("field").asText()).toList();
    }
}
