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
 * of the next draft shows the reviews of the previous version, the comments by clause and the reason
 * of every decline, each marked as addressed or not (and filtered so), as the facilitator answers the
 * comments and publishes the next version; the task and the round's page lead to it.
 */
class RevisionWorkspaceOverHttpTests extends HttpTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String COMMENT = "Clauza 2: ținta trebuie cuantificată.";
    private static final String REASON = "Termenul de raportare este prea scurt pentru un IMM.";
    private static final String ON_CLAUSE = "Consumul trebuie măsurat lunar.";

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

        String firstReview = waitForTask(anaBrowser, "Task_ReviewDraft");
        String clause = facilitatorSession.get("/api/rounds/" + roundId + "/pact").json()
                .at("/versions/0/document/clauses/0/id").asText();
        HttpSession.Response onClause = anaBrowser.post("/api/tasks/" + firstReview + "/comments",
                Map.of("anchor", clause, "text", ON_CLAUSE));
        assertThat(onClause.status()).as(onClause.toString()).isEqualTo(201);
        submit(anaBrowser, firstReview, Map.of("decision", "REQUEST_CHANGES", "comment", COMMENT));

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

        // each thing said is marked as addressed or not: nothing is, until the facilitator answers the comments
        assertThat(revision.selectFirst("#revision-open").text()).isEqualTo("3 of 3 not addressed yet.");
        assertThat(revision.selectFirst("#reviews tbody tr").attr("data-addressed")).isEqualTo("false");
        assertThat(revision.selectFirst("#reviews tbody tr .addressed").text())
                .isEqualTo("Not addressed: comments not answered: 2");
        assertThat(revision.select("#revision-comments tbody tr")).extracting(row -> row.attr("data-anchor"))
                .as("by clause: the whole pact, then clause 1").containsExactly("whole", clause);
        assertThat(revision.select("#revision-comments tbody tr")).extracting(row -> row.attr("data-addressed"))
                .containsOnly("false");
        assertThat(revision.select("#revision-comments tbody tr").get(1).text()).contains("Clause 1", ON_CLAUSE,
                "Not addressed");
        assertThat(revision.selectFirst("#answer-comments").attr("href"))
                .isEqualTo("/rounds/" + roundId + "/pact/versions/1/comments");
        JsonNode sent = facilitatorSession.get("/api/rounds/" + roundId + "/pact/versions/1/comments").json();
        String clauseComment = null;
        String wholeComment = null;
        for (JsonNode comment : sent) {
            if (comment.get("anchor").asText().equals(clause)) {
                clauseComment = comment.get("id").asText();
            } else {
                wholeComment = comment.get("id").asText();
            }
        }
        answer(roundId, clauseComment, "ACCEPTED", "Măsurăm lunar, la clauza 1.");
        Document oneAnswered = Jsoup.parse(facilitatorSession.get(workspace + "?lang=it").body());
        assertThat(oneAnswered.selectFirst("#revision-open").text()).isEqualTo("2 su 3 non ancora trattati.");
        assertThat(oneAnswered.selectFirst("#revision-comment-" + clauseComment).attr("data-addressed"))
                .isEqualTo("true");
        assertThat(oneAnswered.selectFirst("#revision-comment-" + clauseComment + " .addressed").text())
                .isEqualTo("Trattato: accolto Măsurăm lunar, la clauza 1.");
        Document notAddressed = Jsoup.parse(facilitatorSession.get(workspace + "?lang=it&addressed=false").body());
        assertThat(notAddressed.select("#revision-comments tbody tr")).extracting(row -> row.attr("id"))
                .as("only what is left to address").containsExactly("revision-comment-" + wholeComment);
        assertThat(notAddressed.select("#reviews tbody tr")).hasSize(1);
        assertThat(notAddressed.selectFirst("#filter-addressed option[selected]").attr("value")).isEqualTo("false");
        assertThat(notAddressed.selectFirst("#answers form input[name=addressed]").attr("value"))
                .as("the answers' filter keeps it").isEqualTo("false");
        answer(roundId, wholeComment, "DECLINED", "Ținta rămâne cea din consultare.");
        Document allAnswered = Jsoup.parse(facilitatorSession.get(workspace + "?lang=en&addressed=false").body());
        assertThat(allAnswered.selectFirst("#revision-open").text()).isEqualTo("0 of 3 not addressed yet.");
        assertThat(allAnswered.selectFirst("#revision-comments")).isNull();
        assertThat(allAnswered.selectFirst("#reviews")).isNull();
        assertThat(allAnswered.selectFirst("#revision-nothing").text()).isEqualTo("Nothing matches this filter.");
        Document addressed = Jsoup.parse(facilitatorSession.get(workspace + "?lang=en&addressed=true").body());
        assertThat(addressed.selectFirst("#reviews tbody tr .addressed").text())
                .isEqualTo("Addressed: every comment answered");
        assertThat(addressed.select("#revision-comments tbody tr")).hasSize(2);
        HttpSession.Response badFilter = facilitatorSession.get(workspace + "?lang=ro&addressed=maybe");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(Jsoup.parse(badFilter.body()).selectFirst("#filter-addressed-error").text())
                .isEqualTo("trebuie să fie true (rezolvate) sau false (nerezolvate)");
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
        assertThat(afterDecline.selectFirst("#declines tbody tr").attr("data-addressed"))
                .as("a decline is addressed by the next version, not published yet").isEqualTo("false");
        assertThat(afterDecline.selectFirst("#declines tbody tr .addressed").text())
                .isEqualTo("Nerezolvat: nicio versiune de atunci");
        assertThat(afterDecline.selectFirst("#reviews tbody tr .addressed").text()).isEqualTo("Nimic de rezolvat");
        Document declinesOnly = Jsoup.parse(facilitatorSession.get(workspace + "?lang=en&addressed=false").body());
        assertThat(declinesOnly.selectFirst("#reviews")).as("an approval asks for nothing").isNull();
        assertThat(declinesOnly.select("#declines tbody tr")).hasSize(1);
        assertThat(declinesOnly.selectFirst("#revision-open").text()).isEqualTo("1 of 1 not addressed yet.");
        submit(facilitatorSession, waitForTask(facilitatorSession, "Task_DraftPact"),
                Map.of("pactText", "Versiunea 3: raportare anuală."));
        await().atMost(PATIENCE).until(() -> Jsoup.parse(facilitatorSession.get(workspace + "?lang=en").body())
                .selectFirst("#revision h2").text().equals("What was said about version 3"));
        Document afterVersion3 = Jsoup.parse(facilitatorSession.get(workspace + "?lang=en").body());
        assertThat(afterVersion3.selectFirst("#declines tbody tr .addressed").text())
                .isEqualTo("Addressed by version 3");
    }

    private void answer(String roundId, String commentId, String status, String explanation) {
        HttpSession.Response answered = facilitatorSession.put("/api/rounds/" + roundId + "/pact/comments/" + commentId
                + "/answer", Map.of("status", status, "explanation", explanation));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
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
