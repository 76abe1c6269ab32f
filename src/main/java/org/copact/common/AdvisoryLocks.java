package org.copact.common;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;

/**
 * A transaction-scoped PostgreSQL advisory lock on a name and an id. {@code select … for update}
 * locks nothing while no row exists yet, so two requests creating the first row would both go on;
 * this lock exists before any row and is released at commit or rollback.
 */
public final class AdvisoryLocks {

    private AdvisoryLocks() {
    }

    /** Waits for, then holds until the transaction ends, the lock of {@code name} and {@code id}. */
    public static void lock(JdbcTemplate jdbc, String name, UUID id) {
        jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", (ResultSetExtractor<Void>) rows -> null,
                name + ":" + id);
    }
}
