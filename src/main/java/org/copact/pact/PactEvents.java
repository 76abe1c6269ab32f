package org.copact.pact;

import java.time.Instant;
import java.util.UUID;

public final class PactEvents {

    private PactEvents() {
    }

    public record PactVersionPublished(UUID roundId, UUID pactVersionId, int number, String sha256, String by,
            Instant at) {
    }

    public record PactReviewed(UUID roundId, UUID pactVersionId, int number, UUID participationId,
            ReviewDecision decision, Instant at) {
    }

    /** A reviewer had not reviewed the version when its review closed. */
    public record ReviewMissed(UUID roundId, UUID pactVersionId, int number, UUID participationId, Instant at) {
    }

    /**
     * The facilitator's decision on a reviewed version: {@code outcome} REVISE (a new version is
     * drafted) or FINALISE (this version goes to signature).
     */
    public record ReviewDecided(UUID roundId, UUID pactVersionId, int number, String outcome, String by, Instant at) {
    }
}
