package org.copact.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The entries against the signed checkpoints: a signature that is not the key's, an entry changed
 * since a checkpoint covered it (even with every later hash recomputed), entries removed that a
 * checkpoint covers, entries that no checkpoint covers (written without the key), and checkpoints
 * removed from the database that the one outside it still remembers.
 */
final class EntryChecks {

    private EntryChecks() {
    }

    /** Adds what it finds; answers the first entry found changed, or null. */
    static Integer check(Evidence evidence, List<Finding> findings) {
        List<String> hashes = evidence.entries().stream().map(AuditEntry::hash).toList();
        int size = hashes.size();
        String round = "round_id=" + evidence.roundId();
        List<Checkpoint> signed = new ArrayList<>();
        for (Checkpoint checkpoint : evidence.checkpoints()) {
            if (checkpoint.signedBy(evidence.key()) && checkpoint.roundId().equals(evidence.roundId())) {
                signed.add(checkpoint);
            } else {
                findings.add(Finding.of("checkpointSignature", "audit_checkpoint " + round + " tree_size="
                        + checkpoint.treeSize(), "The checkpoint of " + checkpoint.treeSize() + " entries does not "
                        + "carry a valid signature of the audit key " + Checkpoint.keyId(evidence.key())
                        + ": it was not made by Copact", checkpoint.treeSize()));
            }
        }
        Checkpoint outside = evidence.outside();
        String outsideWhere = "checkpoints/" + evidence.roundId() + ".json";
        int databaseSize = signed.stream().mapToInt(Checkpoint::treeSize).max().orElse(0);
        if (outside != null) {
            if (!outside.signedBy(evidence.key()) || !outside.roundId().equals(evidence.roundId())) {
                findings.add(Finding.of("outsideSignature", outsideWhere, "The checkpoint kept outside the database "
                        + "does not carry a valid signature of the audit key"));
            } else {
                if (outside.treeSize() > databaseSize) {
                    findings.add(Finding.of("checkpointsDeleted", "audit_checkpoint " + round, "The database's "
                            + "checkpoints cover " + databaseSize + " entries, the one kept outside it (signed "
                            + outside.signedAt() + ") " + outside.treeSize() + ": checkpoints were removed from the "
                            + "database", databaseSize, outside.treeSize()));
                }
                signed.add(outside);
            }
        } else if (evidence.outsideKept() && (size > 0 || !evidence.checkpoints().isEmpty())) {
            findings.add(Finding.of("outsideMissing", outsideWhere, "No checkpoint of this round is kept outside "
                    + "the database, where every append leaves one"));
        }
        signed.sort(Comparator.comparingInt(Checkpoint::treeSize));
        Checkpoint widest = signed.isEmpty() ? null : signed.get(signed.size() - 1);
        int signedSize = widest == null ? 0 : widest.treeSize();
        if (signedSize > size) {
            findings.add(Finding.of("entriesDeleted", "audit_entry " + round + " seq=" + (size + 1) + ".."
                    + signedSize, size == 0
                            ? "All " + signedSize + " entries of the round were removed: the checkpoint signed at "
                                    + widest.signedAt() + " covers them"
                            : "Entries " + (size + 1) + " to " + signedSize + " were removed: the checkpoint signed "
                                    + "at " + widest.signedAt() + " covers " + signedSize + " entries",
                    size + 1, signedSize));
        } else if (size > signedSize) {
            findings.add(Finding.of("entriesUncovered", "audit_entry " + round + " seq=" + (signedSize + 1) + ".."
                    + size, "Entries " + (signedSize + 1) + " to " + size + " are covered by no signed checkpoint: "
                    + "they were written without Copact's key", signedSize + 1, size));
        }
        return changed(signed.stream().filter(c -> c.treeSize() <= size).toList(), hashes, round, findings);
    }

    /**
     * Once an entry is changed, every checkpoint that covers it disagrees with the entries: the first
     * that disagrees (found by bisection) names it, next to the last that agrees.
     */
    private static Integer changed(List<Checkpoint> covering, List<String> hashes, String round,
            List<Finding> findings) {
        int low = 0;
        int high = covering.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            Checkpoint c = covering.get(middle);
            if (MerkleTree.root(hashes, c.treeSize()).equals(c.rootHash())) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        if (low == covering.size()) {
            return null;
        }
        Checkpoint first = covering.get(low);
        int from = low == 0 ? 1 : covering.get(low - 1).treeSize() + 1;
        int to = first.treeSize();
        String which = from == to ? "Entry " + to + " was changed" : "One of entries " + from + " to " + to
                + " was changed";
        findings.add(Finding.of(from == to ? "entryChanged" : "entriesChanged", "audit_entry " + round + " seq="
                + (from == to ? to : from + ".." + to), which + ": the entries are not those the checkpoint signed "
                + "at " + first.signedAt() + " covers (its later hashes may have been recomputed)", from, to));
        return from;
    }
}
