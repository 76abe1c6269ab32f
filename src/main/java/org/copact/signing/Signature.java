package org.copact.signing;

import java.time.Instant;
import java.util.UUID;

/**
 * A signatory's signature, or decline with its reason, of one pact version named by its hash.
 *
 * @param documentId the signed copy, for a signature given by {@link SignatureMethod#SIGNED_COPY}
 * @param confirmedBy the facilitator who confirmed the signed copy
 */
public record Signature(UUID id, UUID roundId, UUID pactVersionId, String sha256, UUID participationId,
        SignatureDecision decision, String reason, Instant createdAt, SignatureMethod method, UUID documentId,
        String confirmedBy) {
}
