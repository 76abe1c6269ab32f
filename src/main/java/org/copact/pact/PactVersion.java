package org.copact.pact;

import java.time.Instant;
import java.util.UUID;

/**
 * One published text of a round's pact, as it will stay: versions are never changed once published.
 *
 * @param sha256 the SHA-256 of {@code text} (Unicode NFC, Unix line ends): what a signatory signs
 */
public record PactVersion(UUID id, UUID roundId, int number, String sha256, String text, String changeSummary,
        String createdBy, Instant createdAt) {
}
