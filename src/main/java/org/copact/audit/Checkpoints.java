package org.copact.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Signs a checkpoint of a round's record after each append, in the append's transaction, and keeps
 * it in the database; once the transaction has committed, also outside it ({@link OutsideCheckpoints}).
 */
@Repository
class Checkpoints {

    private final JdbcClient jdbc;
    private final AuditKey key;
    private final OutsideCheckpoints outside;
    private final Clock clock;

    Checkpoints(JdbcClient jdbc, AuditKey key, OutsideCheckpoints outside, Clock clock) {
        this.jdbc = jdbc;
        this.key = key;
        this.outside = outside;
        this.clock = clock;
    }

    /**
     * Signs the round's record as it now stands: {@code treeSize} entries whose Merkle root is
     * {@code root}; the caller holds the round's append lock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Checkpoint sign(UUID roundId, int treeSize, String root) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String signature = Base64.getEncoder().encodeToString(key.sign(Checkpoint.signedText(roundId, treeSize,
                root, at).getBytes(StandardCharsets.UTF_8)));
        Checkpoint checkpoint = new Checkpoint(roundId, treeSize, root, at, key.keyId(), signature);
        jdbc.sql("""
                insert into audit_checkpoint (round_id, tree_size, root_hash, signed_at, key_id, signature)
                values (:round, :size, :root, :at, :key, :signature)""")
                .param("round", roundId).param("size", checkpoint.treeSize()).param("root", root)
                .param("at", Timestamp.from(at)).param("key", checkpoint.keyId()).param("signature", signature)
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                outside.keep(checkpoint);
            }
        });
        return checkpoint;
    }

    @Transactional(readOnly = true)
    List<Checkpoint> of(UUID roundId) {
        return jdbc.sql("""
                select round_id, tree_size, root_hash, signed_at, key_id, signature from audit_checkpoint
                where round_id = :round order by tree_size, signed_at""")
                .param("round", roundId)
                .query((rs, n) -> new Checkpoint(rs.getObject("round_id", UUID.class), rs.getInt("tree_size"),
                        rs.getString("root_hash"), rs.getTimestamp("signed_at").toInstant(), rs.getString("key_id"),
                        rs.getString("signature")))
                .list();
    }
}
