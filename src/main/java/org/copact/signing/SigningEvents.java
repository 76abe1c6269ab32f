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

    /**
     * A facilitator decided on a decline that left the signing rule possible: the signature goes on
     * without the signatory, or drafting reopens.
     */
    public record DeclineDecided(UUID roundId, UUID pactVersionId, UUID participationId, boolean reopen, String by,
            Instant at) {
    }

    /** At the signature deadline, the rule not met: a facilitator extended it to {@code extendedTo}, or reopened drafting (null). */
    public record SignatureDeadlineDecided(UUID roundId, UUID pactVersionId, Instant extendedTo, String by, Instant at) {
    }

    /** The signing rule was met without this signatory: their open request to sign is withdrawn. */
    public record SignatureRequestWithdrawn(UUID roundId, UUID pactVersionId, UUID participationId, Instant at) {
    }

    /** The version went back to drafting: this signatory's signature of it lapsed. */
    public record SignatureLapsed(UUID roundId, UUID pactVersionId, UUID participationId, Instant at) {
    }
}
