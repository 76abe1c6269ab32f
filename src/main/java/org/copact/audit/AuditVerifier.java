package org.copact.audit;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.copact.documents.DocumentDigests;
import org.copact.documents.DocumentService;
import org.copact.pact.PactService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies a round's record where it is kept: every entry re-computed, checked against the signed
 * checkpoints in the database and the one in the file outside it, every pact version's SHA-256
 * re-computed from what it holds and every document's from its bytes, read a slice at a time.
 */
@Service
public class AuditVerifier {

    private final AuditLog log;
    private final Checkpoints checkpoints;
    private final OutsideCheckpoints outside;
    private final AuditKey key;
    private final PactService pacts;
    private final DocumentService documents;
    private final DocumentDigests digests;

    AuditVerifier(AuditLog log, Checkpoints checkpoints, OutsideCheckpoints outside, AuditKey key, PactService pacts,
            DocumentService documents, DocumentDigests digests) {
        this.digests = digests;
        this.log = log;
        this.checkpoints = checkpoints;
        this.outside = outside;
        this.key = key;
        this.pacts = pacts;
        this.documents = documents;
    }

    /** The round's verification; the caller has already found that they may see the round. */
    @Transactional(readOnly = true)
    public AuditVerification verify(UUID roundId) {
        return AuditVerification.of(evidence(roundId, true));
    }

    /** the key's id, to compare with the one an evidence export carries */
    public String keyId() {
        return key.keyId();
    }

    @Transactional(readOnly = true)
    Evidence evidence(UUID roundId, boolean withDocuments) {
        List<Evidence.DocumentFacts> facts = withDocuments ? documents.documents(roundId).stream()
                .map(d -> new Evidence.DocumentFacts(d.id(), d.fileName(), d.sha256(), digests.sha256(d.id())))
                .toList() : List.of();
        return new Evidence(roundId, log.entries(roundId), checkpoints.of(roundId), outside(roundId), true,
                pacts.storedVersions(roundId), facts, key.publicKey());
    }

    private Checkpoint outside(UUID roundId) {
        try {
            return outside.latest(roundId).orElse(null);
        } catch (IOException | RuntimeException unreadable) {
            // a file that is not a checkpoint any more: found as one without Copact's signature
            return new Checkpoint(roundId, 0, "", java.time.Instant.EPOCH, "", "");
        }
    }
}
