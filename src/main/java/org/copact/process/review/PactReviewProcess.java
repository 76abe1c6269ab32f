package org.copact.process.review;

/**
 * {@code bpmn/pact-review.bpmn}: each reviewer approves the version or asks for changes; a reminder
 * before the review deadline to those who have not reviewed; at the deadline the open reviews end and
 * those who did not review are marked; then the facilitator revises or finalises.
 */
public final class PactReviewProcess {

    public static final String KEY = "pact-review";

    /** The multi-instance subprocess of one reviewer; a reviewer added during the review gets one more instance. */
    public static final String SUBPROCESS_REVIEW = "SubProcess_Review";
    public static final String TASK_REVIEW_DRAFT = "Task_ReviewDraft";
    /** Withdraws one reviewer's part (removed from the round): to their scope's execution only. */
    public static final String MSG_REVIEWER_WITHDRAWN = "Msg_ReviewerWithdrawn";
    public static final String END_REVIEWER_WITHDRAWN = "EndEvent_ReviewerWithdrawn";
    public static final String TASK_DECIDE_ON_REVIEW = "Task_DecideOnReview";
    public static final String TIMER_REMINDER = "Timer_ReviewReminder";
    /** One asynchronous step per reviewer who has not reviewed yet. */
    public static final String TASK_SEND_REVIEW_REMINDERS = "Task_SendReviewReminders";
    public static final String END_REVIEW_REMINDERS_SENT = "EndEvent_ReviewRemindersSent";
    public static final String TIMER_DEADLINE = "Timer_ReviewDeadline";
    public static final String TASK_MARK_MISSING_REVIEWS = "Task_MarkMissingReviews";
    public static final String GATEWAY_REVIEW_CLOSED = "Gateway_ReviewClosed";
    public static final String END_REVIEW_DECIDED = "EndEvent_ReviewDecided";

    private PactReviewProcess() {
    }
}
