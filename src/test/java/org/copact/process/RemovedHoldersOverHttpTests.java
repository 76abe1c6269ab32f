package org.copact.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copact.TestRounds.stakeholder;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.TaskService;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.Mailbox;
import org.copact.TestRounds;
import org.copact.process.review.PactReviewProcess;
import org.copact.process.signature.PactSignatureProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A facilitator removes, over the API, a reviewer during the review and a signatory during the
 * signature: their open task is withdrawn, they hear it by mail in their language, their link stops
 * working, the history says who removed them, and the stage completes without them (the review goes
 * to the facilitator's decision; the signing rule, counted without the signatory, puts the pact in force).
 */
class RemovedHoldersOverHttpTests extends HttpTestSupport {

    static final Duration PATIENCE = Duration.ofSeconds(90);

    @Autowired
    TaskService engineTasks;

    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String ana = "ana" + suffix + "@cj-ilfov.example";
    String dan = "dan" + suffix + "@eco.example";
    String maria = "maria" + suffix + "@verde.example";

    @Test
    void shouldWithdrawTheReviewAndTheSignatureOfRemovedStakeholdersAndCompleteEachStageWithoutThem() {
        HttpSession.Response defined = facilitatorSession.post("/api/rounds", TestRounds.round("Pactul " + suffix,
                List.of(stakeholder("Consiliul Județean Ilfov", "Ana Ionescu", ana, "PUBLIC_AUTHORITY", "ro",
                                TestRounds.ALL_ROLES),
                        stakeholder("Eco SRL", "Dan Pop", dan, "SME", "ro", List.of("REVIEWER", "SIGNATORY")),
                        stakeholder("Green Hub", "Maria Stone", maria, "NGO", "en", List.of("SIGNATORY")))));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        String roundId = defined.json().get("id").asText();
        assertThat(facilitatorSession.post("/api/rounds/" + roundId + "/launch", "").status()).isEqualTo(200);
        HttpSession anaBrowser = openLatestLink(ana);
        submitOnlyTask(anaBrowser, "Task_AnswerConsultation", Map.of("priorities", "Energie", "intendsToSign", "yes"));
        submitOnlyTask(facilitatorSession, "Task_DraftPact", Map.of("pactText", "Pactul verde, versiunea 1.",
                "changeSummary", "-"));
        submitOnlyTask(anaBrowser, PactReviewProcess.TASK_REVIEW_DRAFT, Map.of("decision", "APPROVE"));

        // the reviewer who has not reviewed is removed: the review closes with Ana's
        String danId = participation(roundId, dan);
        awaitOpenTask(danId, PactReviewProcess.TASK_REVIEW_DRAFT);
        HttpSession danBrowser = openLatestLink(dan);
        String danLink = mailbox.latestLinkTo(dan);
        assertThat(facilitatorSession.delete("/api/rounds/" + roundId + "/stakeholders/" + danId).status())
                .isEqualTo(204);
        assertThat(engineTasks.createTaskQuery().taskAssignee(danId).count()).as("his review is withdrawn").isZero();
        waitForTask(facilitatorSession, PactReviewProcess.TASK_DECIDE_ON_REVIEW);
        MimeMessage danNotice = await().atMost(PATIENCE).until(() -> mailbox.to(dan).stream()
                .filter(m -> subject(m).startsWith("Nu mai participați")).findFirst().orElse(null), m -> m != null);
        assertThat(Mailbox.text(danNotice)).contains("Dan Pop").contains("Eco SRL").doesNotContain("/s/");
        assertThat(HttpSession.anonymous(baseUrl()).open(danLink).status()).as("his link opens nothing")
                .isEqualTo(404);
        assertThat(danBrowser.get("/api/tasks").status()).as("his session ends").isEqualTo(401);

        // the signatory still awaited is removed: the rule ALL, counted without her, is met
        submitOnlyTask(facilitatorSession, PactReviewProcess.TASK_DECIDE_ON_REVIEW, Map.of("outcome", "FINALISE"));
        JsonNode anaTask = waitForTask(anaBrowser, PactSignatureProcess.TASK_SIGN_PACT);
        String sha256 = anaBrowser.get("/api/tasks/" + anaTask.get("id").asText() + "/form").json()
                .at("/context/pactVersion/sha256").asText();
        assertThat(submitWithSigningCode(anaBrowser, anaTask.get("id").asText(), ana,
                Map.of("sha256", sha256, "decision", "SIGN")).status()).isEqualTo(204);
        String mariaId = participation(roundId, maria);
        awaitOpenTask(mariaId, PactSignatureProcess.TASK_SIGN_PACT);
        assertThat(stage(roundId)).as("her signature is still awaited").isEqualTo("SIGNATURE");

        assertThat(facilitatorSession.delete("/api/rounds/" + roundId + "/stakeholders/" + mariaId).status())
                .isEqualTo(204);

        assertThat(engineTasks.createTaskQuery().taskAssignee(mariaId).count()).as("her request is withdrawn")
                .isZero();
        await("the pact enters into force without her").atMost(PATIENCE)
                .until(() -> stage(roundId).equals("IN_FORCE"));
        MimeMessage mariaNotice = await().atMost(PATIENCE).until(() -> mailbox.to(maria).stream()
                .filter(m -> subject(m).startsWith("You no longer take part")).findFirst().orElse(null),
                m -> m != null);
        assertThat(Mailbox.text(mariaNotice)).contains("Maria Stone").contains("Green Hub");
        List<JsonNode> removals = StreamSupport.stream(facilitatorSession.get("/api/rounds/" + roundId + "/history")
                .json().spliterator(), false).filter(e -> e.get("type").asText().equals("StakeholderRemoved")).toList();
        assertThat(removals).as("who removed them, in the history").hasSize(2)
                .allSatisfy(e -> assertThat(e.get("actor").asText()).isEqualTo(facilitator.username()));
    }

    private String stage(String roundId) {
        return facilitatorSession.get("/api/rounds/" + roundId).json().get("stage").asText();
    }

    private void awaitOpenTask(String participationId, String taskKey) {
        await().atMost(PATIENCE).until(() -> engineTasks.createTaskQuery().taskAssignee(participationId)
                .taskDefinitionKey(taskKey).count() == 1);
    }

    private String participation(String roundId, String email) {
        return StreamSupport.stream(facilitatorSession.get("/api/rounds/" + roundId).json().get("stakeholders")
                .spliterator(), false).filter(s -> s.get("email").asText().equals(email)).findFirst().orElseThrow()
                .get("participationId").asText();
    }

    private HttpSession openLatestLink(String address) {
        await().atMost(PATIENCE).until(() -> !mailbox.to(address).isEmpty());
        HttpSession browser = HttpSession.anonymous(baseUrl());
        assertThat(browser.open(mailbox.latestLinkTo(address)).status()).isEqualTo(303);
        return browser;
    }

    private void submitOnlyTask(HttpSession browser, String taskKey, Map<String, Object> values) {
        JsonNode task = waitForTask(browser, taskKey);
        HttpSession.Response done = browser.post("/api/tasks/" + task.get("id").asText() + "/submission", values);
        assertThat(done.status()).as(taskKey + ": " + done).isEqualTo(204);
    }

    private JsonNode waitForTask(HttpSession browser, String taskKey) {
        return await().atMost(PATIENCE).until(() -> StreamSupport.stream(browser.get("/api/tasks").json()
                .spliterator(), false).filter(t -> t.get("taskKey").asText().equals(taskKey)).findFirst()
                .orElse(null), t -> t != null);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
