package org.copact.tasks;

import java.util.UUID;

/**
 * The task being worked on, as a step sees it: its round, whose it is, and the pact version it is
 * about (for review and signature tasks).
 */
record OpenTaskRef(String taskId, String taskKey, UUID roundId, UUID participationId, UUID pactVersionId,
        String actor) {
}
