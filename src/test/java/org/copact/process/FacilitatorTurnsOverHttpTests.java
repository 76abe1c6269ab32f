package org.copact.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.Mailbox;
import org.copact.TestRounds;
import org.copact.identity.StaffRole;
import org.copact.mail.FacilitatorDigests;
import org.copact.round.RoundDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A small round over HTTP, as its facilitator lives it: mailed when the consultation closes, when
 * the reviews are in and when the pact is in force (in their own language), or one digest a day
 * instead; and a history that names people, the facilitator's decisions, who pressed what, the
 * documents added and the tasks cancelled, filtered and paged.
 */
class FacilitatorTurnsOverHttpTests extends HttpTestSupport {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    FacilitatorDigests digests;
    @Autowired
    DeadlineWatch deadlines;

    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String ana = "ana" + suffix + "@primaria.example";
    String dan = "dan" + suffix + "@eco.example";
    Map<String, HttpSession> browsers = new LinkedHashMap<>();

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldMailTheFacilitatorAtEachTurnInTheirLanguageAndTellTheRoundAsAStory() throws Exception {
        HttpSession admin = newAdministrator();
        assertThat(admin.patch("/api/admin/staff/" + facilitator.username(), Map.of("language", "it")).status())
                .isEqualTo(200);
        String roundId = launchRound(TestRounds.round("Patto verde " + suffix, stakeholders()));
        openLinks();
        submitOnlyTask(ana, "Task_AnswerConsultation", Map.of("priorities", "Tetti solari", "intendsToSign", "yes"));
        assertThat(facilitatorSession.postForm("/rounds/" + roundId + "/remind", "").status()).isEqualTo(302);
        HttpSession.Response upload = facilitatorSession.postFile("/api/rounds/" + roundId + "/documents", "file",
                "piano-energia.txt", "text/plain", "Piano per l'energia del comune".getBytes());
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);

        passConsultationDeadline(roundId);
        MimeMessage closed = facilitatorMail("facilitator-consultation-closed");
        assertThat(closed.getSubject()).as("in the facilitator's Italian, not the round's Romanian")
                .isEqualTo("La consultazione su Patto verde " + suffix + " si è chiusa: hanno risposto 1 su 2");
        assertThat(Mailbox.text(closed)).contains("/rounds/" + roundId);

        draft("Patto verde, versione 1.");
        review(Map.of(ana, "APPROVE", dan, "REQUEST_CHANGES"));
        MimeMessage reviewsIn = facilitatorMail("facilitator-reviews-in");
        assertThat(Mailbox.text(reviewsIn)).contains("1 l’hanno approvata e 1 hanno chiesto modifiche");
        decide("FINALISE");
        for (String signatory : List.of(ana, dan)) {
            submitOnlyTask(signatory, "Task_SignPact", Map.of("sha256", hashToSign(signatory), "decision", "SIGN"));
        }
        MimeMessage inForce = facilitatorMail("facilitator-pact-in-force");
        assertThat(inForce.getSubject()).isEqualTo("Il patto Patto verde " + suffix + " è in vigore");

        // the history: people by name, organisation and role; the facilitator's decision; who pressed remind
        JsonNode decided = only(history(roundId, "type=ReviewDecided"));
        assertThat(decided.get("actorName").asText()).isEqualTo("Facilitator " + facilitator.regionId());
        assertThat(decided.get("actorRoles").toString()).contains("FACILITATOR");
        assertThat(decided.at("/details/outcome").asText()).isEqualTo("FINALISE");
        JsonNode pressed = only(history(roundId, "type=RemindNowPressed"));
        assertThat(pressed.get("actor").asText()).isEqualTo(facilitator.username());
        assertThat(only(history(roundId, "type=DocumentAdded")).get("summary").asText())
                .contains("piano-energia.txt");
        JsonNode answered = only(history(roundId, "type=ConsultationAnswered"));
        assertThat(answered.get("actorName").asText()).isEqualTo("Ana Rossi");
        assertThat(answered.get("actorOrganisation").asText()).isEqualTo("Comune di Bari");
        assertThat(answered.get("actor").asText()).startsWith("stakeholder:");

        List<JsonNode> answerTasks = history(roundId, "type=userTask&size=500").stream()
                .filter(e -> e.get("step").asText().equals("Task_AnswerConsultation")).toList();
        assertThat(answerTasks).extracting(e -> e.path("actorOrganisation").asText() + " " + e.path("outcome").asText())
                .containsExactlyInAnyOrder("Comune di Bari COMPLETED", "Eco Srl CANCELLED");

        // filters and paging
        assertThat(history(roundId, "person=Eco+Srl&size=500")).isNotEmpty().allSatisfy(e -> assertThat(
                e.path("actorOrganisation").asText() + e.path("concerns").asText()).contains("Eco Srl"));
        assertThat(history(roundId, "stage=REVIEW&size=500")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("stage").asText()).isEqualTo("REVIEW"));
        JsonNode firstPage = facilitatorSession.get("/api/rounds/" + roundId + "/history/page?size=5").json();
        JsonNode secondPage = facilitatorSession.get("/api/rounds/" + roundId + "/history/page?size=5&page=2").json();
        assertThat(firstPage.get("entries")).hasSize(5);
        assertThat(firstPage.get("pages").asInt()).isEqualTo((firstPage.get("total").asInt() + 4) / 5);
        assertThat(secondPage.get("entries").toString()).isNotEqualTo(firstPage.get("entries").toString());
        HttpSession.Response wrong = facilitatorSession.get("/api/rounds/" + roundId + "/history/page?stage=LUNCH&page=x");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"stage\"", "\"page\"");
        int everything = facilitatorSession.get("/api/rounds/" + roundId + "/history/page?engine=true").json()
                .get("total").asInt();
        assertThat(firstPage.get("total").asInt()).as("engine detail folded away by default").isLessThan(everything);

        // the page: short, named, and the same filters without JavaScript
        HttpSession.Response page = facilitatorSession.get("/rounds/" + roundId + "/timeline?lang=it&size=5");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("rel=\"next\"").doesNotContain("Send the invitation")
                .doesNotContain("stakeholder:");
        HttpSession.Response decisions = facilitatorSession.get("/rounds/" + roundId
                + "/timeline?lang=it&type=ReviewDecided");
        assertThat(decisions.body()).contains("Decisione del facilitatore sulla revisione",
                "Facilitator " + facilitator.regionId(), "facilitatore");
        assertThat(facilitatorSession.get("/rounds/" + roundId + "/timeline?type=userTask&person=Eco").body())
                .contains("Eco Srl", "annullata");
    }

    @Test
    void shouldGatherTheNoticesOfARoundIntoOneDailyDigestWhenTheFacilitatorChoseIt() throws Exception {
        Instant now = Instant.now();
        RoundDefinition soon = new RoundDefinition("Patto del digest " + suffix, "Energia", null, "it",
                List.of("it"), now.plus(Duration.ofHours(20)).toString(), "PT1H",
                now.plus(Duration.ofDays(28)).toString(), now.plus(Duration.ofDays(42)).toString(), "ALL",
                new RoundDefinition.TargetsInput(1, 1), stakeholders());
        HttpSession.Response defined = facilitatorSession.post("/api/rounds", soon);
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        String roundId = defined.json().get("id").asText();
        String preference = "/api/rounds/" + roundId + "/notification-preference";
        HttpSession.Response wrongMode = facilitatorSession.put(preference, Map.of("mode", "HOURLY"));
        assertThat(wrongMode.status()).isEqualTo(400);
        assertThat(wrongMode.body()).contains("\"mode\"");
        assertThat(facilitatorSession.postForm("/rounds/" + roundId + "/notifications", "mode=DAILY_DIGEST")
                .status()).isEqualTo(302);
        assertThat(facilitatorSession.get(preference).json().get("mode").asText()).isEqualTo("DAILY_DIGEST");
        assertThat(facilitatorSession.get("/rounds/" + roundId + "/notifications").body())
                .containsPattern("value=\"DAILY_DIGEST\"[^>]*checked");
        assertThat(facilitatorSession.post("/api/rounds/" + roundId + "/launch", "").status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> !mailbox.to(ana).isEmpty() && !mailbox.to(dan).isEmpty());

        assertThat(deadlines.check()).as("the deadline is near and nobody answered").isGreaterThanOrEqualTo(1);
        passConsultationDeadline(roundId);
        await().atMost(PATIENCE).until(() -> facilitatorSession.get("/api/rounds/" + roundId + "/history")
                .body().contains("ConsultationClosed"));

        await().atMost(PATIENCE).until(() -> digests.sendDue() >= 1 && !facilitatorMails("facilitator-digest").isEmpty());
        List<MimeMessage> digest = facilitatorMails("facilitator-digest");
        assertThat(digest).hasSize(1);
        assertThat(Mailbox.text(digest.get(0))).contains("La consultazione su Patto del digest " + suffix
                + " si chiude il", "La consultazione su Patto del digest " + suffix + " si è chiusa");
        assertThat(facilitatorMails("facilitator-consultation-closed")).as("held for the digest, not sent").isEmpty();
        assertThat(facilitatorMails("facilitator-deadline-near-consultation")).isEmpty();
        assertThat(digests.sendDue()).as("nothing sent twice").isZero();
    }

    private List<org.copact.round.RoundDefinition.StakeholderInput> stakeholders() {
        return List.of(TestRounds.stakeholder("Comune di Bari", "Ana Rossi", ana, "PUBLIC_AUTHORITY", "it",
                        TestRounds.ALL_ROLES),
                TestRounds.stakeholder("Eco Srl", "Dan Bianchi", dan, "SME", "it", TestRounds.ALL_ROLES));
    }

    private void openLinks() {
        await().atMost(PATIENCE).until(() -> !mailbox.to(ana).isEmpty() && !mailbox.to(dan).isEmpty());
        for (String person : List.of(ana, dan)) {
            HttpSession browser = HttpSession.anonymous(baseUrl());
            assertThat(browser.open(mailbox.latestLinkTo(person)).status()).isEqualTo(303);
            browsers.put(person, browser);
        }
    }

    private void passConsultationDeadline(String roundId) {
        Instant deadline = Instant.parse(facilitatorSession.get("/api/rounds/" + roundId).json()
                .get("consultationDeadline").asText());
        ClockUtil.setCurrentTime(Date.from(deadline.plus(Duration.ofMinutes(1))));
        await().atMost(PATIENCE).until(() -> facilitatorSession.get("/api/rounds/" + roundId).json().get("stage")
                .asText().equals("DRAFTING"));
    }

    private MimeMessage facilitatorMail(String kind) {
        return await().atMost(PATIENCE).until(() -> facilitatorMails(kind), mails -> !mails.isEmpty()).get(0);
    }

    private List<MimeMessage> facilitatorMails(String kind) {
        return mailbox.to(facilitator.username() + "@copact.test").stream().filter(m -> kind.equals(kind(m)))
                .toList();
    }

    private static String kind(MimeMessage message) {
        try {
            return message.getHeader("X-Copact-Kind", null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<JsonNode> history(String roundId, String query) {
        HttpSession.Response page = facilitatorSession.get("/api/rounds/" + roundId + "/history/page?" + query);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return list(page.json().get("entries"));
    }

    private static JsonNode only(List<JsonNode> entries) {
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private void draft(String text) {
        JsonNode task = waitForTask(facilitatorSession, "Task_DraftPact");
        assertThat(facilitatorSession.post("/api/tasks/" + task.get("id").asText() + "/submission",
                Map.of("pactText", text)).status()).isEqualTo(204);
    }

    private void review(Map<String, String> verdicts) {
        verdicts.forEach((person, verdict) -> {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("decision", verdict);
            if (verdict.equals("REQUEST_CHANGES")) {
                values.put("comment", "Clausola 2: quantificare l’obiettivo.");
            }
            submitOnlyTask(person, "Task_ReviewDraft", values);
        });
    }

    private void decide(String outcome) {
        JsonNode task = waitForTask(facilitatorSession, "Task_DecideOnReview");
        assertThat(facilitatorSession.post("/api/tasks/" + task.get("id").asText() + "/submission",
                Map.of("outcome", outcome)).status()).isEqualTo(204);
    }

    private String hashToSign(String person) {
        JsonNode task = waitForTask(browsers.get(person), "Task_SignPact");
        return browsers.get(person).get("/api/tasks/" + task.get("id").asText() + "/form").json()
                .at("/context/pactVersion/sha256").asText();
    }

    private void submitOnlyTask(String person, String taskKey, Map<String, Object> values) {
        JsonNode task = waitForTask(browsers.get(person), taskKey);
        HttpSession.Response done = taskKey.equals("Task_SignPact")
                ? submitWithSigningCode(browsers.get(person), task.get("id").asText(), person, values)
                : browsers.get(person).post("/api/tasks/" + task.get("id").asText() + "/submission", values);
        assertThat(done.status()).as(person + " " + taskKey + ": " + done).isEqualTo(204);
    }

    private JsonNode waitForTask(HttpSession browser, String taskKey) {
        return await().atMost(PATIENCE).until(() -> list(browser.get("/api/tasks").json()).stream()
                .filter(t -> t.get("taskKey").asText().equals(taskKey)).findFirst().orElse(null), t -> t != null);
    }

    private HttpSession newAdministrator() {
        String username = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.ensureUser(username, username, "Administrator", StaffRole.ADMIN, null, null);
        return HttpSession.loggedIn(baseUrl(), username, username);
    }

    private static List<JsonNode> list(JsonNode array) {
        return new ArrayList<>(StreamSupport.stream(array.spliterator(), false).toList());
    }
}
