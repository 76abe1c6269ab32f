package org.copact.tasks;

import java.time.Instant;

/**
 * Why a stakeholder's task is no longer open, as their link to it explains.
 */
public record TaskEnding(String taskId, String taskKey, Reason reason, Instant at) {

    public enum Reason {
        /** they answered it */
        COMPLETED(true),
        /** the signing rule was met without their signature: the request was withdrawn */
        WITHDRAWN(false),
        /** the version went back to drafting while their request was open */
        VERSION_WITHDRAWN(false),
        /** they signed, and the version went back to drafting: their signature lapsed */
        LAPSED(true),
        /** the signature deadline passed and was extended: a new request replaces this one */
        DEADLINE_PASSED(false),
        /** closed otherwise (the stage ended, the facilitators closed it) */
        CANCELLED(false);

        private final boolean ofCompletedTask;

        Reason(boolean ofCompletedTask) {
            this.ofCompletedTask = ofCompletedTask;
        }

        /** whether this reason explains a task that was completed (else one that was closed unanswered) */
        public boolean ofCompletedTask() {
            return ofCompletedTask;
        }
    }
}
