package org.copact.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A round around the revision loop and the declined-signature loop over HTTP: "Decide on the review"
 * shows each reviewer's verdict and comment in the facilitator's language, and the drafting workspace
 * of the next draft shows the reviews of the previous version and the reason of every decline; the
 * task and the round's page lead to it.
 */
class RevisionWorkspaceOverHttpTests extends HttpTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String COMMENT = "Clauza 2: ținta trebuie cuantificată.";
    private static final String REASON = "Termenul de raportare este prea scurt pentru un IMM.";

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String ana = "ana" + suffix + "@cj-ilfov.example";

    @Test
    void shouldShowTheVerdictsToDecideOnAndTheReviewsAndDeclinesBesideTheRevision() {
        HttpSession.Response defined = facilitatorSession.post("/api/rounds", TestRounds.round("Pact " + suffix,
                List.of(TestRounds.stakeholder("Consiliul Județean Ilfov", "Ana-Maria Ionescu", ana,
                        "PUBLIC_AUTHORITY", "ro", TestRounds.ALL_ROLES))));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        String roundId = defined.json().get("id").asText();
        String workspace = "/rounds/" + roundId + "/drafting";
        assertThat(facilitatorSession.post("/api/rounds/" + roundId + "/launch", "").status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> !mailbox.to(ana).isEmpty());
        HttpSession anaBrowser = HttpSession.anonymous(baseUrl());
        assertThat(anaBrowser.open(mailbox.latestLinkTo(ana)).status()).isEqualTo(303);
        submit(anaBrowser, waitForTask(anaBrowser, "Task_AnswerConsultation"),
                Map.of("priorities", "Eficiență energetică", "intendsToSign", "yes"));

        // the first draft: the task and the round's page lead to the workspace, which leads back to the task
        String firstDraft = waitForTask(facilitatorSession, "Task_DraftPact");
        assertThat(facilitatorSession.get("/api/tasks/" + firstDraft + "/form").json().at("/context/workspace").asText())
                .isEqualTo(workspace);
        assertThat(Jsoup.parse(facilitatorSession.get("/my/tasks/" + firstDraft + "?lang=en").body())
                .selectFirst("#workspace-link").attr("href")).isEqualTo(workspace);
        assertThat(Jsoup.parse(facilitatorSession.get("/rounds/" + roundId).body()).selectFirst("#drafting")
                .attr("href")).isEqualTo(workspace);
        Document first = Jsoup.parse(facilitatorSession.get(workspace + "?lang=en").body());
        assertThat(first.selectFirst("#draft-editor #draft-task-link").attr("href")).isEqualTo("/my/tasks/" + firstDraft);
        assertThat(first.selectFirst("#revision")).as("nothing to revise yet").isNull();
        submit(facilitatorSession, firstDraft, Map.of("pactText", "Versiunea 1: reducem consumul."));

        submit(anaBrowser, waitForTask(anaBrowser, "Task_ReviewDraft"),
                Map.of("decision", "REQUEST_CHANGES", "comment", COMMENT));

        // deciding on the review: the verdict, its comment and who gave it, in the facilitator's Italian
        String decision = waitForTask(facilitatorSession, "Task_DecideOnReview");
        JsonNode context = facilitatorSession.get("/api/tasks/" + decision + "/form?lang=it").json().get("context");
        assertThat(context.at("/reviews/0/organisation").asText()).isEqualTo("Consiliul Județean Ilfov");
        assertThat(context.at("/reviews/0/decision").asText()).isEqualTo("REQUEST_CHANGES");
        assertThat(context.at("/reviews/0/verdict").asText()).isEqualTo("Chiede modifiche");
        assertThat(context.at("/reviews/0/comment").asText()).isEqualTo(COMMENT);
        assertThat(context.at("/reviews/0/reviewedAt").isMissingNode()).isFalse();
        Document decisionPage = Jsoup.parse(facilitatorSession.get("/my/tasks/" + decision + "?lang=it").body());
        assertThat(decisionPage.selectFirst("#verdicts h2").text()).isEqualTo("Verdetti sulla versione 1");
        assertThat(decisionPage.selectFirst("#verdicts tbody tr").text()).contains("Consiliul Județean Ilfov",
                "Chiede modifiche", COMMENT);
        assertThat(decisionPage.select("#verdicts th[scope=col]")).hasSize(4);
        submit(facilitatorSession, decision, Map.of("outcome", "REVISE"));

        // the revision: the reviews of version 1 beside it
        String secondDraft = waitForTask(facilitatorSession, "Task_DraftPact");
        Document revision = Jsoup.parse(facilitatorSession.get(workspace + "?lang=en").body());
        assertThat(revision.selectFirst("#revision h2").text()).isEqualTo("What was said about version 1");
        assertThat(revision.selectFirst("#reviews tbody tr").text()).contains("Consiliul Județean Ilfov",
                "Requests changes", COMMENT);
        assertThat(revision.selectFirst("#declines")).isNull();
        submit(facilitatorSession, secondDraft, Map.of("pactText", "Versiunea 2: 20% mai puțină energie."));
        submit(anaBrowser, waitForTask(anaBrowser, "Task_ReviewDraft"), Map.of("decision", "APPROVE"));
        submit(facilitatorSession, waitForTask(facilitatorSession, "Task_DecideOnReview"),
                Map.of("outcome", "FINALISE"));

        // a decline to sign: its reason beside the next revision, in Romanian
        String signature = waitForTask(anaBrowser, "Task_SignPact");
        String sha256 = anaBrowser.get("/api/tasks/" + signature + "/form").json().at("/context/pactVersion/sha256")
                .asText();
        HttpSession.Response declined = submitWithSigningCode(anaBrowser, signature, ana,
                Map.of("sha256", sha256, "decision", "DECLINE", "reason", REASON));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(204);
        waitForTask(facilitatorSession, "Task_DraftPact");
        Document afterDecline = Jsoup.parse(facilitatorSession.get(workspace + "?lang=ro").body());
        assertThat(afterDecline.selectFirst("#revision h2").text()).isEqualTo("Ce s-a spus despre versiunea 2");
        assertThat(afterDecline.selectFirst("#reviews tbody tr").text()).contains("Aprobă această versiune");
        assertThat(afterDecline.selectFirst("#declines tbody tr").text()).contains("Consiliul Județean Ilfov", "2",
                REASON);
    }

    private static void submit(HttpSession browser, String taskId, Map<String, Object> values) {
        HttpSession.Response done = browser.post("/api/tasks/" + taskId + "/submission", values);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    private static String waitForTask(HttpSession browser, String taskKey) {
        return await().atMost(PATIENCE).until(() -> {
            for (JsonNode task : browser.get("/api/tasks").json()) {
                if (task.get("taskKey").asText().equals(taskKey)) {
                    return task.get("id").asText();
                }
            }
            return null;
        }, id -> id != null);
    }
}
