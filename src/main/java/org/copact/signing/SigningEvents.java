package org.copact.signing;

import java.time.Instant;
import java.util.UUID;

public final class SigningEvents {

    private SigningEvents() {
    }

    public record SignatureGiven(UUID roundId, UUID pactVersionId, String sha256, UUID participationId, Instant at) {
    }

    public record SignatureDeclined(UUID roundId, UUID pactVersionId, String sha256, UUID participationId,
            String reason, Instant at) {
    }
}
