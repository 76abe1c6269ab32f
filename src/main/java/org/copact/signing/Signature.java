package org.copact.signing;

import java.time.Instant;
import java.util.UUID;

/**
 * A signatory's signature, or decline with its reason, of one pact version named by its hash.
 *
 * @param documentId the signed copy, for a signature given by {@link SignatureMethod#SIGNED_COPY}
 * @param confirmedBy the facilitator who confirmed the signed copy
 * @param ipAddress where the signing act came from (the request's address), when given on Copact's page
 * @param userAgent the browser or client that sent it, as it named itself
 */
public record Signature(UUID id, UUID roundId, UUID pactVersionId, String sha256, UUID participationId,
        SignatureDecision decision, String reason, Instant createdAt, SignatureMethod method, UUID documentId,
        String confirmedBy, String ipAddress, String userAgent) {
}
