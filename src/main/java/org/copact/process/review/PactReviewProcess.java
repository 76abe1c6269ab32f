package org.copact.process.review;

/**
 * {@code bpmn/pact-review.bpmn}: each reviewer approves the version or asks for changes; then the
 * facilitator revises or finalises.
 */
public final class PactReviewProcess {

    public static final String KEY = "pact-review";

    public static final String SUBPROCESS_REVIEW = "SubProcess_Review";
    public static final String TASK_SEND_REVIEW_REQUEST = "Task_SendReviewRequest";
    public static final String TASK_REVIEW_DRAFT = "Task_ReviewDraft";
    public static final String TASK_DECIDE_ON_REVIEW = "Task_DecideOnReview";
    public static final String END_REVIEW_DECIDED = "EndEvent_ReviewDecided";

    public static final String FORM_REVIEW_DRAFT = "review-draft";
    public static final String FORM_DECIDE_ON_REVIEW = "review-decision";

    private PactReviewProcess() {
    }
}
