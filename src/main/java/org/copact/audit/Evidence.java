package org.copact.audit;

import java.security.PublicKey;
import java.util.List;
import java.util.UUID;
import org.copact.pact.StoredPactVersion;

/**
 * Everything verification of one round looks at, read from the database and the checkpoint file
 * (by {@link AuditVerifier}) or from an evidence export (by {@link OfflineVerifier}).
 *
 * @param outside the latest checkpoint kept outside the database; null when there is none
 * @param outsideKept whether there is a place outside the database to look at (an export made
 *        where none was kept has none)
 * @param documents the round's documents with the SHA-256 of their bytes; empty offline
 */
record Evidence(UUID roundId, List<AuditEntry> entries, List<Checkpoint> checkpoints, Checkpoint outside,
        boolean outsideKept, List<StoredPactVersion> pactVersions, List<DocumentFacts> documents, PublicKey key) {

    /** A document as stored, and the SHA-256 of the bytes it holds now. */
    record DocumentFacts(UUID id, String fileName, String storedSha256, String bytesSha256) {
    }
}
