package org.copact.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Each round's {@link MerkleFrontier}, kept in {@code audit_frontier} and moved on with every append. */
@Repository
class MerkleFrontiers {

    private final JdbcClient jdbc;

    MerkleFrontiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The round's frontier with entry {@code seq} (whose hash is given) appended, kept in the caller's
     * transaction; the caller holds the round's append lock and has just written the entry.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    MerkleFrontier append(UUID roundId, int seq, String entryHash) {
        MerkleFrontier before = kept(roundId).filter(frontier -> frontier.size() == seq - 1)
                .orElseGet(() -> MerkleFrontier.of(hashesBefore(roundId, seq)));
        MerkleFrontier after = before.append(entryHash);
        jdbc.sql("""
                insert into audit_frontier (round_id, tree_size, roots) values (:round, :size, :roots)
                on conflict (round_id) do update set tree_size = excluded.tree_size, roots = excluded.roots""")
                .param("round", roundId).param("size", after.size()).param("roots", after.encoded()).update();
        return after;
    }

    private Optional<MerkleFrontier> kept(UUID roundId) {
        return jdbc.sql("select tree_size, roots from audit_frontier where round_id = :round").param("round", roundId)
                .query((rs, n) -> Optional.ofNullable(MerkleFrontier.decode(rs.getInt("tree_size"),
                        rs.getString("roots"))))
                .optional().flatMap(frontier -> frontier);
    }

    /** a round recorded before frontiers were kept (or whose frontier is not of its size): once, from scratch */
    private List<String> hashesBefore(UUID roundId, int seq) {
        return jdbc.sql("select hash from audit_entry where round_id = :round and seq < :seq order by seq")
                .param("round", roundId).param("seq", seq).query(String.class).list();
    }
}
