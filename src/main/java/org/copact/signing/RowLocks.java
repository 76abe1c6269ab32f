package org.copact.signing;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;

/**
 * A transaction-scoped PostgreSQL advisory lock on a name and an id. {@code select … for update}
 * locks nothing while no row exists yet, so two requests creating the first row would both go on;
 * this lock exists before any row and is released at commit or rollback.
 */
final class RowLocks {

    private RowLocks() {
    }

    static void lock(JdbcTemplate jdbc, String table, UUID id) {
        jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", (ResultSetExtractor<Void>) rows -> null,
                table + ":" + id);
    }
}
