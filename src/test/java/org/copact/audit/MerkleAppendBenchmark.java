package org.copact.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The checkpoint's root after each append of a round's entries: moved on from the kept frontier
 * ({@link MerkleFrontier}, O(log n) per append) next to recomputed over all the round's entries
 * ({@link MerkleTree#root}, O(n) per append, as Copact signed before), in the same run. Prints the
 * figures; asserts only that both gave the same roots. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=MerkleAppendBenchmark}.
 */
@Tag("benchmark")
class MerkleAppendBenchmark {

    @Test
    void appendsOfARoundsEntriesIncrementalAgainstRecomputed() {
        measure(500, false);
        System.out.printf(Locale.ROOT, "%n%-10s %16s %16s %10s%n", "entries", "incremental ms", "recompute ms",
                "ratio");
        for (int entries : new int[] {100, 1000, 4000}) {
            measure(entries, true);
        }
    }

    /** both ways over the same entries; the first call only warms the JIT up */
    private static void measure(int entries, boolean print) {
        List<String> hashes = MerkleTreeTests.randomHashes(entries);
        long started = System.nanoTime();
        List<String> incremental = new ArrayList<>(entries);
        MerkleFrontier frontier = MerkleFrontier.EMPTY;
        for (String hash : hashes) {
            frontier = MerkleFrontier.decode(frontier.size(), frontier.encoded()).append(hash);
            incremental.add(frontier.root());
        }
        long incrementalNanos = System.nanoTime() - started;
        started = System.nanoTime();
        List<String> recomputed = new ArrayList<>(entries);
        for (int size = 1; size <= entries; size++) {
            recomputed.add(MerkleTree.root(hashes, size));
        }
        long recomputeNanos = System.nanoTime() - started;
        assertThat(incremental).isEqualTo(recomputed);
        if (print) {
            System.out.printf(Locale.ROOT, "%-10d %16.1f %16.1f %9.0fx%n", entries, incrementalNanos / 1e6,
                    recomputeNanos / 1e6, (double) recomputeNanos / incrementalNanos);
        }
    }
}
