package org.copact.pact;

import java.time.Instant;
import java.util.UUID;

/**
 * A reviewer's comment on one clause or commitment of a pact version ({@code anchor}: its id), or on
 * the whole pact ({@link #WHOLE}), and the facilitator's answer to it, if any.
 *
 * @param sent whether it went with the reviewer's review: then it never changes
 * @param answer null while unanswered
 */
public record PactComment(UUID id, UUID roundId, UUID pactVersionId, int versionNumber, UUID participationId,
        String anchor, String text, Instant createdAt, boolean sent, Answer answer) {

    /** the anchor of a comment on the whole pact */
    public static final String WHOLE = "whole";

    /**
     * The facilitator's answer: the change made (accepted) or the reason (declined).
     *
     * @param publishedIn the number of the version it was published with; null while the facilitator
     *        may still change it, and the reviewer does not see it yet
     */
    public record Answer(CommentAnswerStatus status, String text, String answeredBy, Instant answeredAt,
            Integer publishedIn) {
    }

    /** whether the facilitator answered it, even if the answer is not published yet */
    public boolean addressed() {
        return answer != null;
    }

    /** the answer as the reviewer may read it: once published with a version */
    public Answer publishedAnswer() {
        return answer != null && answer.publishedIn() != null ? answer : null;
    }
}
