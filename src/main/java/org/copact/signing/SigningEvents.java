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

    /** A signatory replied to the signature request with a PDF; a facilitator is asked to confirm it. */
    public record SignedCopyReceived(UUID roundId, UUID pactVersionId, UUID participationId, UUID documentId,
            Instant at) {
    }

    /** A facilitator confirmed that the emailed PDF is the version put to signature, signed. */
    public record SignedCopyConfirmed(UUID roundId, UUID pactVersionId, String sha256, UUID participationId,
            UUID documentId, String by, Instant at) {
    }

    /** A facilitator rejected the emailed PDF as a signature, for this reason; the signatory is asked again. */
    public record SignedCopyRejected(UUID roundId, UUID pactVersionId, UUID participationId, UUID documentId,
            String reason, String by, Instant at) {
    }

    /**
     * The pact in force was sealed: versionSha256 names the text signed, sealedSha256 the sealed PDF
     * every participant gets.
     */
    public record PactSealed(UUID roundId, UUID pactVersionId, String versionSha256, String sealedSha256, Instant at) {
    }
}
