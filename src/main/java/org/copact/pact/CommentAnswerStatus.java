package org.copact.pact;

/** What the facilitator did with a reviewer's comment in the next version. */
public enum CommentAnswerStatus {
    /** taken into the next version, with the change said in the answer */
    ACCEPTED,
    /** not taken, for the reason the answer gives */
    DECLINED
}
