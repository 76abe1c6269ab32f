package org.copact.process.review;

/**
 * {@code bpmn/pact-review.bpmn}: each reviewer approves the version or asks for changes; then the
 * facilitator revises or finalises.
 */
public final class PactReviewProcess {

    public static final String KEY = "pact-review";

    /** The multi-instance subprocess of one reviewer; a reviewer added during the review gets one more instance. */
    public static final String SUBPROCESS_REVIEW = "SubProcess_Review";
    public static final String TASK_REVIEW_DRAFT = "Task_ReviewDraft";
    public static final String TASK_DECIDE_ON_REVIEW = "Task_DecideOnReview";

    private PactReviewProcess() {
    }
}
