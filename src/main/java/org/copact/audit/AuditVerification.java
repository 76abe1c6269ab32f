package org.copact.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The result of verifying a round: its hash chain re-computed ({@code firstBrokenSeq} and
 * {@code problem} name the first break), checked against the signed checkpoints in the database and
 * the one kept outside it, and the pact versions and documents it speaks of checked against what is
 * kept. {@code valid} only when nothing at all was found.
 */
public record AuditVerification(UUID roundId, boolean valid, int entries,
        @Schema(description = "the first entry found changed, missing or out of place") Integer firstBrokenSeq,
        @Schema(description = "the first thing found, in English") String problem,
        @Schema(description = "the last entry's hash, when the chain holds") String lastHash,
        @Schema(description = "how many signed checkpoints the database keeps") int checkpoints,
        @Schema(description = "the latest checkpoint with a valid signature, from the database or the file "
                + "outside it") Checkpoint latestCheckpoint,
        @Schema(description = "SHA-256 of the audit key's SubjectPublicKeyInfo") String keyId,
        int pactVersions, int documents,
        @Schema(description = "everything found: what (code, in English) and where (table and row, or file)")
        List<Finding> findings) {

    /** The chain alone, from the genesis of zeros. */
    static AuditVerification of(UUID roundId, List<AuditEntry> entries) {
        String previous = AuditEntry.GENESIS;
        int expectedSeq = 1;
        for (AuditEntry entry : entries) {
            if (entry.seq() != expectedSeq) {
                return broken(roundId, entries, entry.seq(), "entry " + expectedSeq + " is missing");
            }
            if (!entry.prevHash().equals(previous)) {
                return broken(roundId, entries, entry.seq(), "it does not follow the entry before it");
            }
            if (!entry.hashMatches()) {
                return broken(roundId, entries, entry.seq(), "its content does not match its hash");
            }
            previous = entry.hash();
            expectedSeq++;
        }
        return new AuditVerification(roundId, true, entries.size(), null, null, previous, 0, null, null, 0, 0,
                List.of());
    }

    /** Everything: the chain, the checkpoints, the pact versions and the documents. */
    static AuditVerification of(Evidence evidence) {
        AuditVerification chain = of(evidence.roundId(), evidence.entries());
        List<Finding> findings = new ArrayList<>();
        if (!chain.valid()) {
            findings.add(Finding.of("chainBroken", "audit_entry round_id=" + evidence.roundId() + " seq="
                    + chain.firstBrokenSeq(), "Entry " + chain.firstBrokenSeq() + " breaks the chain: "
                    + chain.problem(), chain.firstBrokenSeq()));
        }
        Integer changed = EntryChecks.check(evidence, findings);
        ContentChecks.check(evidence, findings);
        Integer first = chain.firstBrokenSeq() != null ? chain.firstBrokenSeq() : changed;
        Checkpoint latest = latest(evidence);
        return new AuditVerification(evidence.roundId(), findings.isEmpty(), evidence.entries().size(), first,
                findings.isEmpty() ? null : chain.valid() ? findings.get(0).what() : chain.problem(),
                findings.isEmpty() ? chain.lastHash() : null, evidence.checkpoints().size(), latest,
                Checkpoint.keyId(evidence.key()), evidence.pactVersions().size(), evidence.documents().size(),
                List.copyOf(findings));
    }

    private static Checkpoint latest(Evidence evidence) {
        List<Checkpoint> all = new ArrayList<>(evidence.checkpoints());
        if (evidence.outside() != null) {
            all.add(evidence.outside());
        }
        return all.stream().filter(c -> c.signedBy(evidence.key()))
                .max(java.util.Comparator.comparingInt(Checkpoint::treeSize)).orElse(null);
    }

    private static AuditVerification broken(UUID roundId, List<AuditEntry> entries, int seq, String problem) {
        return new AuditVerification(roundId, false, entries.size(), seq, problem, null, 0, null, null, 0, 0,
                List.of(Finding.of("chainBroken", "audit_entry seq=" + seq, "Entry " + seq + " breaks the chain: "
                        + problem, seq)));
    }
}
