package org.copact.signing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.copact.pact.PactDocument;

/**
 * An organisation invited to accede to a pact in force, with the commitment sheet it drafts (the same
 * structure as the signatories' sheets), as a facilitator asked for changes, accepted it and it signed,
 * or as it ended without a signature.
 *
 * @param pactVersionId the version in force, which the organisation signs; it keeps its number and hash
 * @param changeReason the facilitator's latest request for changes, while the sheet is being changed
 * @param dueAt when the invitation lapses unless signed (null for one invited before due dates existed)
 * @param endReason why a facilitator refused the sheet or cancelled the invitation
 * @param endedBy who ended it (a facilitator, or Copact for a lapse)
 */
public record Accession(UUID id, UUID roundId, UUID pactVersionId, UUID participationId, AccessionStatus status,
        List<PactDocument.Commitment> commitments, String changeReason, String invitedBy, Instant invitedAt,
        String decidedBy, Instant signedAt, Instant dueAt, String endReason, String endedBy, Instant endedAt) {

    public Accession {
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }
}
