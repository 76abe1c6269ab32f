package org.copact.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.copact.HttpTestSupport;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A facilitator's one region, kept in staff_user before a facilitator could have several, is still
 * theirs after the upgrade: the migrations up to V25 build a schema of their own, accounts are kept
 * there as they were, the rest of the migrations run.
 */
class StaffRegionMigrationTests extends HttpTestSupport {


    @Test
    void shouldKeepEachFacilitatorsRegionAndEveryAdministratorWithoutOne() {
        String schema = "staff_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        JdbcTemplate jdbc = new JdbcTemplate(superuser());
        try {
            migrate(schema, "25");
            jdbc.update("insert into " + schema + ".region (id, name, default_language) values ('ILFOV', 'Ilfov', 'RO')");
            UUID facilitatorId = UUID.randomUUID();
            UUID adminId = UUID.randomUUID();
            String insert = "insert into " + schema + ".staff_user (id, username, password_hash, display_name, role,"
                    + " region_id, email, enabled) values (?, ?, 'x', ?, ?, ?, null, true)";
            jdbc.update(insert, facilitatorId, "ana", "Ana", "FACILITATOR", "ILFOV");
            jdbc.update(insert, adminId, "admin", "Admin", "ADMIN", null);

            migrate(schema, "latest");

            assertThat(jdbc.queryForList("select region_id from " + schema + ".staff_region where staff_user_id = ?",
                    String.class, facilitatorId)).containsExactly("ILFOV");
            assertThat(jdbc.queryForObject("select count(*) from " + schema + ".staff_region where staff_user_id = ?",
                    Integer.class, adminId)).isZero();
            assertThat(jdbc.queryForObject("select language from " + schema + ".staff_user where id = ?",
                    String.class, facilitatorId)).isNull();
        } finally {
            jdbc.execute("drop schema if exists " + schema + " cascade");
        }
    }

    private void migrate(String schema, String target) {
        Flyway.configure().dataSource(superuser()).schemas(schema).locations("classpath:db/migration")
                .target(target).load().migrate();
    }
}
