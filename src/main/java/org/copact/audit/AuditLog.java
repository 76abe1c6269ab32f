package org.copact.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to and reads a round's hash chain. Appends of one round are serialised by a transaction
 * lock on the round, so two nodes never write the same link twice; each append is covered at once
 * by a signed checkpoint ({@link Checkpoints}) of the Merkle root, moved on from the round's kept
 * frontier ({@link MerkleFrontiers}) in O(log n) under the same lock.
 */
@Repository
class AuditLog {

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Checkpoints checkpoints;
    private final MerkleFrontiers frontiers;

    AuditLog(JdbcClient jdbc, ObjectMapper json, Checkpoints checkpoints, MerkleFrontiers frontiers) {
        this.jdbc = jdbc;
        this.json = json;
        this.checkpoints = checkpoints;
        this.frontiers = frontiers;
    }

    /** Appends inside the caller's transaction: the record and the change it records commit together. */
    @Transactional(propagation = Propagation.MANDATORY)
    AuditEntry append(UUID roundId, Instant at, String actor, AuditType type, String summary,
            Map<String, String> details) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:round, 0))").param("round", roundId.toString())
                .query().singleRow();
        Optional<Map<String, Object>> last = jdbc
                .sql("select seq, hash from audit_entry where round_id = :round order by seq desc limit 1")
                .param("round", roundId).query().listOfRows().stream().findFirst();
        int seq = last.map(row -> ((Number) row.get("seq")).intValue() + 1).orElse(1);
        String prevHash = last.map(row -> (String) row.get("hash")).orElse(AuditEntry.GENESIS);
        // the database keeps microseconds: hash what will be read back
        Instant occurredAt = at.truncatedTo(ChronoUnit.MICROS);
        String hash = AuditEntry.hashOf(roundId, seq, occurredAt, actor, type.name(), summary, details, prevHash);
        jdbc.sql("""
                insert into audit_entry (round_id, seq, occurred_at, actor, type, summary, details, prev_hash, hash)
                values (:round, :seq, :at, :actor, :type, :summary, cast(:details as jsonb), :prev, :hash)""")
                .param("round", roundId).param("seq", seq).param("at", Timestamp.from(occurredAt))
                .param("actor", actor).param("type", type.name()).param("summary", summary)
                .param("details", toJson(details)).param("prev", prevHash).param("hash", hash)
                .update();
        checkpoints.sign(roundId, seq, frontiers.append(roundId, seq, hash).root());
        return new AuditEntry(roundId, seq, occurredAt, actor, type.name(), summary, details, prevHash, hash);
    }

    @Transactional(readOnly = true)
    List<AuditEntry> entries(UUID roundId) {
        return jdbc.sql("""
                select round_id, seq, occurred_at, actor, type, summary, details::text as details, prev_hash, hash
                from audit_entry where round_id = :round order by seq""")
                .param("round", roundId)
                .query((rs, n) -> new AuditEntry(rs.getObject("round_id", UUID.class), rs.getInt("seq"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("type"),
                        rs.getString("summary"), fromJson(rs.getString("details")), rs.getString("prev_hash"),
                        rs.getString("hash")))
                .list();
    }

    private String toJson(Map<String, String> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit details are plain strings", e);
        }
    }

    private Map<String, String> fromJson(String text) {
        try {
            return json.readValue(text, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit details are plain strings", e);
        }
    }
}
