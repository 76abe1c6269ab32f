package org.copact.audit;

import java.util.List;
import java.util.UUID;

/**
 * An inclusion proof of one entry (RFC 9162 section 2.1.3): the entry as recorded, its hash, the
 * Merkle leaf hash over it, the audit path from that leaf to the root of a signed checkpoint, that
 * checkpoint and the audit key's public key; enough to verify the entry offline without the rest
 * of the round's record ({@code java -jar copact.jar verify-entry proof.json --key-id <id>}).
 *
 * @param leafIndex the entry's place in the tree, from 0 (its seq less one)
 * @param leafHash SHA-256(0x00 || entry hash), hex
 * @param auditPath the sibling hashes (hex) from the leaf up to the root
 * @param publicKey the audit key's public key (PEM); pin its {@code keyId} to trust it
 */
record EntryProof(String format, UUID roundId, int seq, int leafIndex, int treeSize, AuditEntry entry,
        String leafHash, List<String> auditPath, Checkpoint checkpoint, String keyId, String publicKey) {

    static final String FORMAT = "copact-inclusion-proof/1";
}
