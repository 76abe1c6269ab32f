package org.copact.pact;

import java.time.Instant;
import java.util.UUID;

/** A reviewer's verdict on one pact version, with the comment that explains a request for changes. */
public record PactReview(UUID id, UUID roundId, UUID pactVersionId, UUID participationId, ReviewDecision decision,
        String comment, Instant createdAt) {
}
