package org.copact.tasks;

import java.util.UUID;
import org.copact.forms.FormDocuments;

/**
 * The task being worked on, as a step sees it: its round, whose it is, and the pact version it is
 * about (for review and signature tasks).
 */
public record OpenTaskRef(String taskId, String taskKey, UUID roundId, UUID participationId, UUID pactVersionId,
        String actor) {

    /** Who holds the files the task's form is given: a stakeholder only those they brought, staff any of the round's. */
    public FormDocuments.Holder fileHolder() {
        return new FormDocuments.Holder(roundId, participationId, actor, participationId != null);
    }
}
