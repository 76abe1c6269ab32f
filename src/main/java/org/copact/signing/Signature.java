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
 * @param recordedBy for a signed copy (signed on paper, so without the signatory's address): the
 *        facilitator who recorded it on Copact and where from; null for an act the signatory gave themselves
 */
public record Signature(UUID id, UUID roundId, UUID pactVersionId, String sha256, UUID participationId,
        SignatureDecision decision, String reason, Instant createdAt, SignatureMethod method, UUID documentId,
        String confirmedBy, String ipAddress, String userAgent, Recorder recordedBy) {

    /**
     * Who recorded a signing act on the signatory's behalf: a facilitator's name (their username for an
     * act recorded before names were kept), the address and user agent of their request (null if unknown).
     */
    public record Recorder(String name, String ipAddress, String userAgent) {
    }
}
