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

    /** A later edition of the signed pact was sealed, after an accession or a withdrawal; the earlier stay valid. */
    public record EditionSealed(UUID roundId, UUID pactVersionId, int edition, String versionSha256,
            String sealedSha256, Instant at) {
    }

    /** A facilitator invited an organisation to accede to the pact in force. */
    public record AccessionInvited(UUID roundId, UUID accessionId, UUID participationId, String organisation,
            String by, Instant at) {
    }

    /** The acceding organisation sent its commitment sheet, for a facilitator to accept. */
    public record AccessionSheetSubmitted(UUID roundId, UUID accessionId, UUID participationId, int commitments,
            Instant at) {
    }

    /** A facilitator asked the acceding organisation to change its commitment sheet, for this reason. */
    public record AccessionChangesRequested(UUID roundId, UUID accessionId, UUID participationId, String reason,
            String by, Instant at) {
    }

    /** A facilitator accepted the acceding organisation's commitment sheet: it may sign. */
    public record AccessionAccepted(UUID roundId, UUID accessionId, UUID participationId, String by, Instant at) {
    }

    /** The organisation signed the pact in force with its commitment sheet: it is a signatory now. */
    public record PactAcceded(UUID roundId, UUID accessionId, UUID participationId, String sha256, Instant at) {
    }

    /** A signatory withdrew from the pact in force, for this reason. */
    public record PactWithdrawn(UUID roundId, UUID pactVersionId, UUID participationId, String reason, Instant at) {
    }

    /** A facilitator refused the acceding organisation's commitment sheet, for this reason: the accession ended. */
    public record AccessionRefused(UUID roundId, UUID accessionId, UUID participationId, String reason, String by,
            Instant at) {
    }

    /** A facilitator cancelled an invitation to accede, for this reason: the accession ended. */
    public record AccessionCancelled(UUID roundId, UUID accessionId, UUID participationId, String reason, String by,
            Instant at) {
    }

    /** The invitation to accede reached its due date unsigned: the accession lapsed. */
    public record AccessionLapsed(UUID roundId, UUID accessionId, UUID participationId, Instant dueAt, Instant at) {
    }
}
