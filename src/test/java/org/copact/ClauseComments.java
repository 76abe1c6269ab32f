package org.copact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Comments per clause as the whole-round test goes through them over HTTP: a reviewer comments on a
 * clause of the version they review, the facilitator answers it for the next version, and the reviewer
 * reads the answer in their next review.
 */
final class ClauseComments {

    private ClauseComments() {
    }

    /** The reviewer's comment on the first clause of the version their review task is about; its id. */
    static String onFirstClause(HttpSession facilitator, HttpSession reviewer, String roundId, int version,
            String reviewTaskId, String text) {
        String clause = facilitator.get("/api/rounds/" + roundId + "/pact").json()
                .at("/versions/" + (version - 1) + "/document/clauses/0/id").asText();
        assertThat(clause).as("version %s has a first clause", version).isNotBlank();
        HttpSession.Response added = reviewer.post("/api/tasks/" + reviewTaskId + "/comments",
                Map.of("anchor", clause, "text", text));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("anchorKind").asText()).isEqualTo("CLAUSE");
        assertThat(added.json().get("number").asInt()).isEqualTo(1);
        return added.json().get("id").asText();
    }

    /** The facilitator's answer to a comment, given while drafting the next version. */
    static void answer(HttpSession facilitator, String roundId, String commentId, String status, String explanation) {
        HttpSession.Response answered = facilitator.put("/api/rounds/" + roundId + "/pact/comments/" + commentId
                + "/answer", Map.of("status", status, "explanation", explanation));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().get("addressed").asBoolean()).isTrue();
    }

    /** What the reviewer reads of their comment in a review task: it, with the answer published in that version. */
    static void assertAnswerSeen(HttpSession reviewer, String reviewTaskId, String commentId, String status,
            String explanation, int publishedIn) {
        JsonNode context = reviewer.get("/api/tasks/" + reviewTaskId + "/form").json().get("context");
        JsonNode seen = null;
        for (JsonNode comment : context.get("comments")) {
            if (comment.get("id").asText().equals(commentId)) {
                seen = comment;
            }
        }
        assertThat(seen).as("the reviewer's comment in their next review").isNotNull();
        assertThat(seen.get("mine").asBoolean()).isTrue();
        assertThat(seen.at("/answer/status").asText()).isEqualTo(status);
        assertThat(seen.at("/answer/text").asText()).isEqualTo(explanation);
        assertThat(seen.at("/answer/publishedIn").asInt()).isEqualTo(publishedIn);
        assertThat(reviewer.get("/my/tasks/" + reviewTaskId).body()).as("and on the review's page")
                .contains(explanation);
    }
}
