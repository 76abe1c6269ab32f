package org.copact.tasks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.junit.jupiter.api.Test;

/**
 * A round going round the revision loop and the declined-signature loop over HTTP: when the
 * process reopens a step, its form starts from what the same person sent the last time, in the JSON
 * API and on the page, unless they have a draft of the new task; the first time, and for a
 * signature, it starts empty.
 */
class ReopenedStepsOverHttpTests extends HttpTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String ana = "ana" + suffix + "@cj-ilfov.example";

    @Test
    void shouldStartAReopenedStepFromTheSamePersonsEarlierAnswerUnlessTheyHaveADraft() {
        HttpSession.Response defined = facilitatorSession.post("/api/rounds", TestRounds.round("Pact " + suffix,
                List.of(TestRounds.stakeholder("Consiliul Județean Ilfov", "Ana-Maria Ionescu", ana,
                        "PUBLIC_AUTHORITY", "ro", TestRounds.ALL_ROLES))));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        String roundId = defined.json().get("id").asText();
        assertThat(facilitatorSession.post("/api/rounds/" + roundId + "/launch", "").status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> !mailbox.to(ana).isEmpty());
        HttpSession anaBrowser = HttpSession.anonymous(baseUrl());
        TaskPagesOverHttpTests.open(anaBrowser, mailbox.latestLinkTo(ana));
        submit(anaBrowser, waitForTask(anaBrowser, "Task_AnswerConsultation"),
                Map.of("priorities", "Eficiență energetică", "intendsToSign", "yes"));

        String firstDraft = waitForTask(facilitatorSession, "Task_DraftPact");
        JsonNode firstDraftForm = facilitatorSession.get("/api/tasks/" + firstDraft + "/form").json();
        assertThat(firstDraftForm.get("values")).as("a step done for the first time starts empty").isEmpty();
        assertThat(firstDraftForm.has("earlierAnswer")).isFalse();
        submit(facilitatorSession, firstDraft, Map.of("pactText", "Versiunea 1: reducem consumul.",
                "changeSummary", "Prima versiune"));

        String firstReview = waitForTask(anaBrowser, "Task_ReviewDraft");
        assertThat(anaBrowser.get("/my/tasks/" + firstReview).body()).doesNotContain("id=\"earlier-answer\"");
        submit(anaBrowser, firstReview, Map.of("decision", "REQUEST_CHANGES", "comment", "Cuantificați ținta."));
        submit(facilitatorSession, waitForTask(facilitatorSession, "Task_DecideOnReview"),
                Map.of("outcome", "REVISE"));

        // the facilitators' draft step comes again: it starts from version 1 as they sent it
        String secondDraft = waitForTask(facilitatorSession, "Task_DraftPact");
        JsonNode secondDraftForm = facilitatorSession.get("/api/tasks/" + secondDraft + "/form").json();
        assertThat(secondDraftForm.at("/values/pactText").asText()).isEqualTo("Versiunea 1: reducem consumul.");
        assertThat(secondDraftForm.at("/values/changeSummary").asText()).isEqualTo("Prima versiune");
        assertThat(secondDraftForm.at("/earlierAnswer/values/pactText").asText())
                .isEqualTo("Versiunea 1: reducem consumul.");
        assertThat(secondDraftForm.at("/earlierAnswer/submittedAt").isMissingNode()).isFalse();
        HttpSession.Response draftPage = facilitatorSession.get("/my/tasks/" + secondDraft + "?lang=en");
        assertThat(draftPage.body()).contains("Your earlier answer")
                .contains(">Versiunea 1: reducem consumul.</textarea>").contains("value=\"Prima versiune\"");
        submit(facilitatorSession, secondDraft, Map.of("pactText", "Versiunea 2: 20% mai puțină energie."));

        // the reviewer's step comes again: her request for changes, on the page in her Romanian
        String secondReview = waitForTask(anaBrowser, "Task_ReviewDraft");
        JsonNode secondReviewForm = anaBrowser.get("/api/tasks/" + secondReview + "/form").json();
        assertThat(secondReviewForm.at("/values/decision").asText()).isEqualTo("REQUEST_CHANGES");
        assertThat(secondReviewForm.at("/values/comment").asText()).isEqualTo("Cuantificați ținta.");
        String reviewPage = anaBrowser.get("/my/tasks/" + secondReview).body();
        assertThat(reviewPage).contains("Răspunsul dumneavoastră anterior").contains("id=\"earlier-answer\"")
                .contains(">Cuantificați ținta.</textarea>").contains("Versiunea 2: 20% mai puțină energie.");
        assertThat(reviewPage).containsPattern("value=\"REQUEST_CHANGES\"\\s+checked=\"checked\"");

        // a draft of the new task takes precedence over the earlier answer, and the earlier answer stays in view
        HttpSession.Response saved = anaBrowser.postForm("/my/tasks/" + secondReview,
                "action=save&decision=APPROVE&comment=" + URLEncoder.encode("Acum e bine.", UTF_8));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        JsonNode withDraft = anaBrowser.get("/api/tasks/" + secondReview + "/form").json();
        assertThat(withDraft.at("/values/decision").asText()).isEqualTo("APPROVE");
        assertThat(withDraft.at("/values/comment").asText()).isEqualTo("Acum e bine.");
        assertThat(withDraft.at("/earlierAnswer/values/comment").asText()).isEqualTo("Cuantificați ținta.");
        String draftedPage = anaBrowser.get("/my/tasks/" + secondReview).body();
        assertThat(draftedPage).contains(">Acum e bine.</textarea>").contains("Cuantificați ținta.");
        submit(anaBrowser, secondReview, Map.of("decision", "APPROVE"));

        // the facilitators' decision comes again too
        String secondDecision = waitForTask(facilitatorSession, "Task_DecideOnReview");
        assertThat(facilitatorSession.get("/api/tasks/" + secondDecision + "/form").json().at("/values/outcome")
                .asText()).isEqualTo("REVISE");
        submit(facilitatorSession, secondDecision, Map.of("outcome", "FINALISE"));

        // a signature is given afresh: a declined version sends the pact back, and the next
        // signature task starts empty, while the draft starts from version 2
        String firstSignature = waitForTask(anaBrowser, "Task_SignPact");
        String versionTwo = anaBrowser.get("/api/tasks/" + firstSignature + "/form").json()
                .at("/context/pactVersion/sha256").asText();
        HttpSession.Response declined = submitWithSigningCode(anaBrowser, firstSignature, ana,
                Map.of("sha256", versionTwo, "decision", "DECLINE", "reason", "Termenul este prea scurt."));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(204);
        String thirdDraft = waitForTask(facilitatorSession, "Task_DraftPact");
        assertThat(facilitatorSession.get("/api/tasks/" + thirdDraft + "/form").json().at("/values/pactText").asText())
                .isEqualTo("Versiunea 2: 20% mai puțină energie.");
        submit(facilitatorSession, thirdDraft, Map.of("pactText", "Versiunea 3: raportare anuală."));
        submit(anaBrowser, waitForTask(anaBrowser, "Task_ReviewDraft"), Map.of("decision", "APPROVE"));
        submit(facilitatorSession, waitForTask(facilitatorSession, "Task_DecideOnReview"),
                Map.of("outcome", "FINALISE"));
        String secondSignature = waitForTask(anaBrowser, "Task_SignPact");
        JsonNode secondSignatureForm = anaBrowser.get("/api/tasks/" + secondSignature + "/form").json();
        assertThat(secondSignatureForm.get("values")).as("no earlier hash or decision offered").isEmpty();
        assertThat(secondSignatureForm.has("earlierAnswer")).isFalse();
        assertThat(secondSignatureForm.at("/context/changesSinceSeen").isMissingNode())
                .as("what changed since the version she reviewed last").isFalse();
        assertThat(anaBrowser.get("/my/tasks/" + secondSignature).body()).contains("id=\"changes-since-seen\"");
        assertThat(anaBrowser.get("/my/tasks/" + secondSignature).body()).doesNotContain("id=\"earlier-answer\"");
    }

    private static void submit(HttpSession browser, String taskId, Map<String, Object> values) {
        HttpSession.Response done = browser.post("/api/tasks/" + taskId + "/submission", values);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    private static String waitForTask(HttpSession browser, String taskKey) {
        return await().atMost(PATIENCE).until(() -> StreamSupport.stream(browser.get("/api/tasks").json().spliterator(),
                        false).filter(t -> t.get("taskKey").asText().equals(taskKey)).map(t -> t.get("id").asText())
                .findFirst().orElse(null), id -> id != null);
    }
}
