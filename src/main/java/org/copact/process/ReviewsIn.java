package org.copact.process;

import java.util.UUID;

/** All reviews of a pact version are in: the facilitator's decision on them ({@code taskId}) is now open. */
public record ReviewsIn(UUID roundId, UUID pactVersionId, String taskId) {
}
