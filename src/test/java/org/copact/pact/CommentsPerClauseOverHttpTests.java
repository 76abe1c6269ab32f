package org.copact.pact;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.Mailbox;
import org.copact.TestRounds;
import org.copact.round.RoundDefinition;
import org.junit.jupiter.api.Test;

/**
 * Comments per clause over HTTP, as a reviewer and a facilitator go through a revision: the reviewer
 * comments on a clause and a commitment (API and page) and asks for changes; the facilitator answers
 * each, in Italian (a decline needs a reason); the next version publishes the answers, its review mail
 * says how many clauses changed, and the reviewer's next review starts with what changed since and the
 * answers. Another reviewer reads none of it, unless the round makes comments visible to all.
 */
class CommentsPerClauseOverHttpTests extends HttpTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String ana = "ana" + suffix + "@cj-ilfov.example";
    private final String bob = "bob" + suffix + "@solar.example";

    @Test
    void shouldAnswerEachCommentInTheNextVersionAndShowTheAnswersToItsAuthorOnly() {
        Revision revision = throughFirstRevision(false);

        // the author sees the answers, published with version 2, in her next review and on her pact page
        JsonNode anaForm = revision.ana.get("/api/tasks/" + revision.anaSecondReview + "/form").json();
        assertThat(anaForm.at("/context/changesSinceReviewed/from").asInt()).isEqualTo(1);
        assertThat(anaForm.at("/context/changesSinceReviewed/to").asInt()).isEqualTo(2);
        Map<String, JsonNode> answered = byAnchor(anaForm.at("/context/comments"));
        assertThat(answered.get("c-report").at("/answer/status").asText()).isEqualTo("ACCEPTED");
        assertThat(answered.get("c-report").at("/answer/publishedIn").asInt()).isEqualTo(2);
        assertThat(answered.get("m-solar").at("/answer/status").asText()).isEqualTo("DECLINED");
        assertThat(answered.get("m-solar").at("/answer/text").asText()).isEqualTo("Bugetul nu permite mai mult.");
        assertThat(answered.get("m-solar").get("mine").asBoolean()).isTrue();
        String anaPage = revision.ana.get("/my/tasks/" + revision.anaSecondReview).body();
        assertThat(anaPage.indexOf("id=\"changes-since-reviewed\"")).as("what changed comes first")
                .isPositive().isLessThan(anaPage.indexOf("id=\"pact-heading\""));
        assertThat(anaPage).contains("Modificări de la versiunea 1 la versiunea 2")
                .contains("Bugetul nu permite mai mult.").contains("Respins");
        assertThat(revision.ana.get("/my/pact").body()).contains("Bugetul nu permite mai mult.")
                .contains("Raportarea trimestrială ar fi prea grea.");

        // the other reviewer reads neither her comments nor their answers
        JsonNode bobForm = revision.bob.get("/api/tasks/" + revision.bobSecondReview + "/form").json();
        assertThat(bobForm.at("/context/comments")).isEmpty();
        assertThat(revision.bob.get("/my/tasks/" + revision.bobSecondReview).body())
                .doesNotContain("Bugetul nu permite mai mult.").doesNotContain("Raportarea trimestrială");
        assertThat(revision.bob.get("/my/pact").body()).doesNotContain("Bugetul nu permite mai mult.")
                .doesNotContain("Raportarea trimestrială");

        // the diff over HTTP: staff and stakeholder, JSON and page
        JsonNode diff = facilitatorSession.get("/api/rounds/" + revision.roundId + "/pact/versions/1/diff/2").json();
        Map<String, JsonNode> clauses = byId(diff.get("clauses"));
        assertThat(clauses.get("c-report").get("status").asText()).isEqualTo("CHANGED");
        assertThat(clauses.get("c-energy").get("status").asText()).isEqualTo("MOVED");
        assertThat(clauses.get("c-water").get("status").asText()).isEqualTo("REMOVED");
        assertThat(clauses.get("c-new").get("status").asText()).isEqualTo("ADDED");
        assertThat(clauses.get("c-waste").get("status").asText()).isEqualTo("UNCHANGED");
        assertThat(clauses.get("c-report").get("words").toString()).contains("{\"op\":\"DELETE\",\"text\":\"trimestrial\"}")
                .contains("{\"op\":\"INSERT\",\"text\":\"anual\"}");
        assertThat(revision.ana.get("/my/pact/versions/1/diff/2", "application/json").json().get("clauses"))
                .isEqualTo(diff.get("clauses"));
        assertThat(revision.ana.get("/my/pact/versions/1/diff/2").body()).contains("<del>trimestrial</del>")
                .contains("<ins>anual</ins>");
        assertThat(facilitatorSession.get("/rounds/" + revision.roundId + "/pact/versions/1/diff/2").body())
                .contains("<del>trimestrial</del>").contains("<ins>anual</ins>");
        assertThat(facilitatorSession.get("/api/rounds/" + revision.roundId + "/pact/versions/1/diff/9").status())
                .isEqualTo(404);

        // sent comments and published answers no longer change
        HttpSession.Response late = facilitatorSession.put("/api/rounds/" + revision.roundId + "/pact/comments/"
                + answered.get("c-report").get("id").asText() + "/answer",
                Map.of("status", "DECLINED", "explanation", "M-am răzgândit."));
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(revision.ana.delete("/api/tasks/" + revision.anaFirstReview + "/comments/"
                + answered.get("c-report").get("id").asText()).status()).isEqualTo(409);
    }

    @Test
    void shouldShowEveryReviewersCommentsAndAnswersWhenTheRoundMakesThemVisibleToAll() {
        Revision revision = throughFirstRevision(true);

        JsonNode bobForm = revision.bob.get("/api/tasks/" + revision.bobSecondReview + "/form").json();
        Map<String, JsonNode> seen = byAnchor(bobForm.at("/context/comments"));
        assertThat(seen.get("m-solar").get("text").asText()).isEqualTo("Ținta de 100 kWp este prea mică.");
        assertThat(seen.get("m-solar").get("mine").asBoolean()).isFalse();
        assertThat(seen.get("m-solar").get("organisation").asText()).isEqualTo("Consiliul Județean Ilfov");
        assertThat(seen.get("m-solar").at("/answer/text").asText()).isEqualTo("Bugetul nu permite mai mult.");
        assertThat(revision.bob.get("/my/pact").body()).contains("Bugetul nu permite mai mult.");
        assertThat(facilitatorSession.get("/rounds/" + revision.roundId).body())
                .contains("id=\"comments-setting\"");
    }

    /** what a round looks like once version 2 is out for review */
    private record Revision(String roundId, HttpSession ana, HttpSession bob, String anaFirstReview,
            String anaSecondReview, String bobSecondReview) {
    }

    private Revision throughFirstRevision(boolean visibleToAll) {
        RoundDefinition plain = TestRounds.round("Pact " + suffix, List.of(
                TestRounds.stakeholder("Consiliul Județean Ilfov", "Ana-Maria Ionescu", ana, "PUBLIC_AUTHORITY", "ro",
                        TestRounds.ALL_ROLES),
                TestRounds.stakeholder("Solar Bob SRL", "Bob Smith", bob, "SME", "en", TestRounds.ALL_ROLES)));
        RoundDefinition definition = new RoundDefinition(plain.title(), plain.topic(), plain.regionId(),
                plain.defaultLanguage(), plain.languages(), plain.consultationDeadline(), plain.reminderBefore(),
                plain.reviewDeadline(), plain.signatureDeadline(), plain.signingRule(), plain.targets(),
                plain.stakeholders(), visibleToAll);
        HttpSession.Response defined = facilitatorSession.post("/api/rounds", definition);
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        String roundId = defined.json().get("id").asText();
        assertThat(defined.json().get("commentsVisibleToAll").asBoolean()).isEqualTo(visibleToAll);
        assertThat(facilitatorSession.post("/api/rounds/" + roundId + "/launch", "").status()).isEqualTo(200);
        HttpSession anaBrowser = stakeholder(ana);
        HttpSession bobBrowser = stakeholder(bob);
        submit(anaBrowser, waitForTask(anaBrowser, "Task_AnswerConsultation"),
                Map.of("priorities", "Eficiență energetică", "intendsToSign", "yes"));
        submit(bobBrowser, waitForTask(bobBrowser, "Task_AnswerConsultation"),
                Map.of("priorities", "Solar panels", "intendsToSign", "yes"));

        publish(roundId, List.of(clause("c-energy", "Reducem consumul de energie."),
                clause("c-report", "Raportăm trimestrial progresul."), clause("c-waste", "Colectăm deșeurile separat."),
                clause("c-water", "Economisim apa.")), "100", "Prima versiune");

        // Ana comments on a clause and a commitment over the API, on another clause on the page, and asks for changes
        String anaFirstReview = waitForTask(anaBrowser, "Task_ReviewDraft");
        String comments = "/api/tasks/" + anaFirstReview + "/comments";
        HttpSession.Response added = anaBrowser.post(comments, Map.of("anchor", "c-report",
                "text", "Raportarea trimestrială ar fi prea grea."));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("anchorKind").asText()).isEqualTo("CLAUSE");
        assertThat(added.json().get("number").asInt()).isEqualTo(2);
        assertThat(anaBrowser.post(comments, Map.of("anchor", "m-solar", "text", "Ținta de 100 kWp este prea mică."))
                .status()).isEqualTo(201);
        HttpSession.Response wrong = anaBrowser.post(comments, Map.of("anchor", "c-nowhere", "text", " "));
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
        assertThat(wrong.body()).contains("Alegeți o clauză sau un angajament din versiunea 1")
                .contains("Scrieți comentariul.");
        HttpSession.Response onPage = anaBrowser.postForm("/my/tasks/" + anaFirstReview + "/comments",
                "anchor=c-water&text=" + URLEncoder.encode("De ce nu și apa uzată?", UTF_8));
        assertThat(onPage.status()).as(onPage.toString()).isEqualTo(302);
        HttpSession.Response empty = anaBrowser.postForm("/my/tasks/" + anaFirstReview + "/comments",
                "anchor=c-energy&text=+");
        assertThat(empty.status()).isEqualTo(302);
        assertThat(anaBrowser.get("/my/tasks/" + anaFirstReview).body()).as("the mistake explained once, in Romanian")
                .contains("id=\"comment-c-energy-error\"").contains("Scrieți comentariul.");
        String reviewPage = anaBrowser.get("/my/tasks/" + anaFirstReview).body();
        assertThat(reviewPage).doesNotContain("Scrieți comentariul.");
        assertThat(reviewPage).contains("id=\"comment-form-c-energy\"").contains("id=\"comment-form-m-solar\"")
                .contains("De ce nu și apa uzată?");
        JsonNode pending = anaBrowser.get(comments).json();
        assertThat(pending).hasSize(3);
        String mistake = byAnchor(pending).get("c-water").get("id").asText();
        assertThat(anaBrowser.delete(comments + "/" + mistake).status()).isEqualTo(204);
        assertThat(bobBrowser.get(comments).status()).as("not Bob's task").isEqualTo(404);
        submit(anaBrowser, anaFirstReview, Map.of("decision", "REQUEST_CHANGES"));
        submit(bobBrowser, waitForTask(bobBrowser, "Task_ReviewDraft"), Map.of("decision", "APPROVE"));
        submit(facilitatorSession, waitForTask(facilitatorSession, "Task_DecideOnReview"), Map.of("outcome", "REVISE"));

        // the facilitator answers each comment while drafting version 2, in Italian
        waitForTask(facilitatorSession, "Task_DraftPact");
        JsonNode sent = facilitatorSession.get("/api/rounds/" + roundId + "/pact/versions/1/comments").json();
        Map<String, JsonNode> byAnchor = byAnchor(sent);
        assertThat(byAnchor).containsOnlyKeys("c-report", "m-solar");
        assertThat(byAnchor.get("c-report").get("addressed").asBoolean()).isFalse();
        String staffPage = facilitatorSession.get("/rounds/" + roundId + "/pact/versions/1/comments?lang=it").body();
        assertThat(staffPage).contains("Raportarea trimestrială ar fi prea grea.").contains("Con risposta: 0 su 2.");
        HttpSession.Response pageAnswer = facilitatorSession.postForm("/rounds/" + roundId + "/pact/comments/"
                + byAnchor.get("c-report").get("id").asText() + "/answer", "status=DECLINED&explanation=+");
        assertThat(pageAnswer.status()).as("a decline needs a reason, on the page too").isEqualTo(422);
        assertThat(pageAnswer.body()).contains("Indicate il motivo per cui respingete questo commento.");
        String answer = "/api/rounds/" + roundId + "/pact/comments/%s/answer?lang=it";
        HttpSession.Response noReason = facilitatorSession.put(answer.formatted(byAnchor.get("m-solar").get("id")
                .asText()), Map.of("status", "DECLINED"));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"explanation\"")
                .contains("Indicate il motivo per cui respingete questo commento.");
        assertThat(facilitatorSession.put(answer.formatted(byAnchor.get("m-solar").get("id").asText()),
                Map.of("status", "DECLINED", "explanation", "Bugetul nu permite mai mult.")).status()).isEqualTo(200);
        HttpSession.Response accepted = facilitatorSession.put(answer.formatted(byAnchor.get("c-report").get("id")
                .asText()), Map.of("status", "ACCEPTED", "explanation", "Raportăm anual."));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("addressed").asBoolean()).isTrue();
        assertThat(anaBrowser.get("/my/pact").body()).as("not published yet")
                .doesNotContain("Bugetul nu permite mai mult.");

        // version 2: one clause changed, one moved, one removed, one added
        publish(roundId, List.of(clause("c-report", "Raportăm anual progresul."),
                clause("c-waste", "Colectăm deșeurile separat."), clause("c-energy", "Reducem consumul de energie."),
                clause("c-new", "Plantăm copaci.")), "100", "A doua versiune");
        String anaSecondReview = waitForTask(anaBrowser, "Task_ReviewDraft");
        String bobSecondReview = waitForTask(bobBrowser, "Task_ReviewDraft");
        MimeMessage reviewMail = await().atMost(PATIENCE).until(() -> mailbox.to(ana).stream()
                .filter(m -> Mailbox.text(m).contains("Versiunea 2")).findFirst().orElse(null), m -> m != null);
        assertThat(Mailbox.text(reviewMail)).contains("Clauze modificate față de versiunea 1 "
                + "(adăugate, eliminate, reformulate sau mutate): 4.");
        return new Revision(roundId, anaBrowser, bobBrowser, anaFirstReview, anaSecondReview, bobSecondReview);
    }

    private void publish(String roundId, List<Map<String, Object>> clauses, String target, String summary) {
        String draftTask = waitForTask(facilitatorSession, "Task_DraftPact");
        Map<String, Object> solar = new HashMap<>(Map.of("id", "m-solar", "theme", "ENERGY",
                "description", "Panouri solare pe școli", "indicator", "Putere instalată", "unit", "kWp",
                "baselineValue", "0", "baselineYear", "2024", "targetValue", target, "targetDate", "2030-12-31"));
        HttpSession.Response saved = facilitatorSession.put("/api/rounds/" + roundId + "/pact/draft",
                Map.of("title", "Pact " + suffix, "clauses", clauses, "authorityCommitments", List.of(solar)));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        submit(facilitatorSession, draftTask, Map.of("changeSummary", summary));
    }

    private static Map<String, Object> clause(String id, String text) {
        return Map.of("id", id, "text", text);
    }

    private HttpSession stakeholder(String address) {
        await().atMost(PATIENCE).until(() -> !mailbox.to(address).isEmpty());
        HttpSession browser = HttpSession.anonymous(baseUrl());
        assertThat(browser.open(mailbox.latestLinkTo(address)).status()).isEqualTo(303);
        return browser;
    }

    private static Map<String, JsonNode> byAnchor(JsonNode comments) {
        Map<String, JsonNode> map = new HashMap<>();
        comments.forEach(c -> map.put(c.get("anchor").asText(), c));
        return map;
    }

    private static Map<String, JsonNode> byId(JsonNode entries) {
        Map<String, JsonNode> map = new HashMap<>();
        entries.forEach(e -> map.put(e.get("id").asText(), e));
        return map;
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
