package org.copact.audit;

import java.util.List;
import java.util.UUID;

/**
 * The result of re-computing a round's chain: valid, or the first entry where it breaks and why.
 */
record AuditVerification(UUID roundId, boolean valid, int entries, Integer firstBrokenSeq, String problem,
        String lastHash) {

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
        return new AuditVerification(roundId, true, entries.size(), null, null, previous);
    }

    private static AuditVerification broken(UUID roundId, List<AuditEntry> entries, int seq, String problem) {
        return new AuditVerification(roundId, false, entries.size(), seq, problem, null);
    }
}
