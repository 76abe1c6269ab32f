package org.copact.tasks;

import java.util.UUID;
import org.copact.forms.FormDocuments;

/**
 * The task being worked on, as a step sees it: its round, whose it is, and the pact version it is
 * about (for review and signature tasks); while it is submitted, the {@link Submission} (else null).
 */
public record OpenTaskRef(String taskId, String taskKey, UUID roundId, UUID participationId, UUID pactVersionId,
        String actor, Submission submission) {

    public OpenTaskRef(String taskId, String taskKey, UUID roundId, UUID participationId, UUID pactVersionId,
            String actor) {
        this(taskId, taskKey, roundId, participationId, pactVersionId, actor, null);
    }

    /** The same task, as the request that submits it sees it. */
    public OpenTaskRef submittedWith(Submission submission) {
        return new OpenTaskRef(taskId, taskKey, roundId, participationId, pactVersionId, actor, submission);
    }

    /** Who holds the files the task's form is given: a stakeholder only those they brought, staff any of the round's. */
    public FormDocuments.Holder fileHolder() {
        return new FormDocuments.Holder(roundId, participationId, actor, participationId != null);
    }
}
