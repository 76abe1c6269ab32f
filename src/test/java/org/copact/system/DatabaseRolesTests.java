package org.copact.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The role Copact connects as changes rows and nothing else: whoever takes over the application (a
 * flaw, a stolen connection) cannot empty, drop or alter the audit record or the pact's tables, nor
 * switch off or get round the triggers that keep them append-only. The migrations' role owns them.
 */
class DatabaseRolesTests extends HttpTestSupport {

    private static final List<String> KEPT_TABLES = List.of("audit_entry", "pact_version", "pact_review",
            "signature", "consultation_answer", "missed_review", "pact_comment");

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldConnectAsARoleThatOwnsNothing() {
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("copact_app");
        assertThat(jdbc.queryForObject("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls"
                + " from pg_roles where rolname = current_user", Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from pg_class c join pg_roles r on r.oid = c.relowner"
                + " where r.rolname = current_user", Integer.class)).as("tables, sequences, indexes owned").isZero();
        assertThat(jdbc.queryForObject("select count(*) from pg_proc p join pg_roles r on r.oid = p.proowner"
                + " where r.rolname = current_user", Integer.class)).as("functions owned").isZero();
        assertThat(jdbc.queryForObject("select tableowner from pg_tables where tablename = 'audit_entry'",
                String.class)).isEqualTo("copact_owner");
    }

    @Test
    void shouldRefuseToEmptyDropOrAlterTheKeptTables() {
        UUID round = launchedRound();
        for (String table : KEPT_TABLES) {
            refused("truncate " + table);
            refused("truncate " + table + " cascade");
            refused("drop table " + table);
            refused("alter table " + table + " add column note text");
            refused("alter table " + table + " disable trigger all");
            refused("alter table " + table + " owner to copact_app");
            refused("create trigger let_go before delete on " + table
                    + " for each row execute function copact_refuse_change()");
        }
        refused("drop function copact_refuse_change() cascade");
        refused("create or replace function copact_refuse_change() returns trigger language plpgsql"
                + " as $$ begin return old; end $$");
        refused("drop trigger audit_entry_immutable on audit_entry");
        refused("create table scratch (id int)");
        refused("delete from flyway_schema_history");

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where round_id = ?", Integer.class, round))
                .isPositive();
        assertThat(facilitatorSession.get("/api/rounds/" + round + "/history/verification").json()
                .get("valid").asBoolean()).isTrue();
    }

    @Test
    void shouldRefuseToGetRoundTheTriggers() {
        UUID round = launchedRound();
        refused("set session_replication_role = replica");
        refused("set role copact_owner");
        refused("set session authorization postgres");

        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where round_id = ?", round))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
    }

    /** refused for the role's want of a right (42501: permission denied, must be owner), not for anything else */
    private void refused(String sql) {
        assertThatThrownBy(() -> jdbc.execute(sql)).as(sql).isInstanceOf(DataAccessException.class)
                .rootCause().isInstanceOf(SQLException.class)
                .hasMessageMatching("(?s).*(permission denied|must be owner).*")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }

    private UUID launchedRound() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String id = facilitatorSession.post("/api/rounds", TestRounds.round("Roles", List.of(
                TestRounds.stakeholder("Primăria", "Ana", "ana" + suffix + "@roles.example", "PUBLIC_AUTHORITY", "ro",
                        TestRounds.ALL_ROLES)))).json().get("id").asText();
        assertThat(facilitatorSession.post("/api/rounds/" + id + "/launch", "").status()).isEqualTo(200);
        return UUID.fromString(id);
    }
}
