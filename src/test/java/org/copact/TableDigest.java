package org.copact;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What Copact's own tables hold, as one row count and one order-free sum of row hashes per table:
 * cheap enough to take before and after every request, and any inserted, changed or deleted row
 * changes it. Camunda's tables (act_*) are left out: the job executor writes its locks there all
 * the time, and a refused request never reaches the engine without reaching Copact's tables too.
 */
public final class TableDigest {

    private final JdbcTemplate jdbc;
    private final String query;

    public TableDigest(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'
                  and table_name not like 'act\\_%' and table_name <> 'flyway_schema_history'
                order by table_name""", String.class);
        this.query = tables.stream()
                .map(table -> "select '" + table + "' as t, count(*) as n, coalesce(sum(hashtext(" + row(table)
                        + ")::bigint), 0) as h from \"" + table + "\" x")
                .collect(Collectors.joining(" union all "));
    }

    /**
     * A row as text; a session's row without its last access and expiry, which every request of a
     * signed-in caller moves (a session made, ended or given another principal still shows).
     */
    private static String row(String table) {
        return table.equals("spring_session") ? "(x.primary_id, x.session_id, x.creation_time, x.principal_name)::text"
                : "x::text";
    }

    /** table name: "rows:hash" */
    public Map<String, String> take() {
        Map<String, String> digest = new LinkedHashMap<>();
        jdbc.query(query, row -> {
            digest.put(row.getString(1), row.getLong(2) + ":" + row.getLong(3));
        });
        return digest;
    }

    /** The digest once nothing changes any more (mail going out, listeners after a change). */
    public Map<String, String> settled() {
        Map<String, String>[] last = new Map[] {take()};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(400)).until(() -> {
            Map<String, String> now = take();
            boolean same = now.equals(last[0]);
            last[0] = now;
            return same;
        });
        return last[0];
    }

    /** The tables whose contents differ between two digests. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(table -> !Objects.equals(before.get(table), after.get(table)))
                .toList();
    }
}
