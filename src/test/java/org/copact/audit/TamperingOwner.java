package org.copact.audit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The database's owner at work: connected over JDBC as the superuser of the embedded PostgreSQL
 * (whatever role Copact itself connects as), going round the triggers the two ways an owner can.
 */
final class TamperingOwner {

    /** What the owner does on one connection. */
    interface Work {
        void on(Sql sql) throws SQLException;
    }

    private final EmbeddedPostgres postgres;

    TamperingOwner(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** With {@code session_replication_role = replica}: no ordinary trigger fires. */
    void replica(Work work) throws SQLException {
        try (Connection connection = connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
            }
            work.on(new Sql(connection));
        }
    }

    /** With every trigger of the tables disabled, then enabled again. */
    void withTriggersDisabled(Work work, String... tables) throws SQLException {
        try (Connection connection = connect()) {
            Sql sql = new Sql(connection);
            for (String table : tables) {
                sql.execute("alter table " + table + " disable trigger user");
            }
            try {
                work.on(sql);
            } finally {
                for (String table : tables) {
                    sql.execute("alter table " + table + " enable trigger user");
                }
            }
        }
    }

    /** Recomputes the hash of every entry of the round from {@code fromSeq} on, each after the one before. */
    void rechain(Sql sql, UUID round, int fromSeq) throws SQLException {
        ObjectMapper json = new ObjectMapper();
        String previous = sql.queryForString("select hash from audit_entry where round_id = ? and seq = ?", round,
                fromSeq - 1);
        try (PreparedStatement select = sql.connection.prepareStatement("select seq, occurred_at, actor, type, "
                + "summary, details::text from audit_entry where round_id = ? and seq >= ? order by seq")) {
            select.setObject(1, round);
            select.setInt(2, fromSeq);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    @SuppressWarnings("unchecked")
                    Map<String, String> details = json.readValue(rows.getString(6), Map.class);
                    String hash = AuditEntry.hashOf(round, rows.getInt(1), rows.getTimestamp(2).toInstant(),
                            rows.getString(3), rows.getString(4), rows.getString(5), details, previous);
                    sql.update("update audit_entry set prev_hash = ?, hash = ? where round_id = ? and seq = ?",
                            previous, hash, round, rows.getInt(1));
                    previous = hash;
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException(e);
        }
    }

    /** Appends an entry of the owner's making, its hash computed as Copact computes it. */
    void forge(Sql sql, UUID round, String type, String summary) throws SQLException {
        int seq = Integer.parseInt(sql.queryForString("select max(seq) from audit_entry where round_id = ?", round));
        String previous = sql.queryForString("select hash from audit_entry where round_id = ? and seq = ?", round, seq);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("sha256", "ab".repeat(32));
        String hash = AuditEntry.hashOf(round, seq + 1, at, "ana@forged.example", type, summary, details, previous);
        sql.update("insert into audit_entry (round_id, seq, occurred_at, actor, type, summary, details, prev_hash, "
                + "hash) values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)", round, seq + 1, Timestamp.from(at),
                "ana@forged.example", type, summary, "{\"sha256\":\"" + "ab".repeat(32) + "\"}", previous, hash);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    /** Plain JDBC on the owner's connection (auto-commit). */
    static final class Sql {

        private final Connection connection;

        Sql(Connection connection) {
            this.connection = connection;
        }

        void execute(String statement) throws SQLException {
            try (Statement s = connection.createStatement()) {
                s.execute(statement);
            }
        }

        int update(String statement, Object... args) throws SQLException {
            try (PreparedStatement s = prepared(statement, args)) {
                return s.executeUpdate();
            }
        }

        String queryForString(String query, Object... args) throws SQLException {
            try (PreparedStatement s = prepared(query, args); ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }

        private PreparedStatement prepared(String statement, Object... args) throws SQLException {
            PreparedStatement s = connection.prepareStatement(statement);
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s;
        }
    }
}
