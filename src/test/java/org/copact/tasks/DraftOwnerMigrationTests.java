package org.copact.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.copact.HttpTestSupport;
import org.copact.identity.Caller;
import org.copact.identity.StaffRole;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A draft kept before its owner was spelled as the person's actor is still found after the upgrade:
 * Copact's migrations up to V8 build a schema of their own, drafts are kept there as V8 kept them,
 * the rest of the migrations run, and the drafts are read as Copact reads them now.
 */
class DraftOwnerMigrationTests extends HttpTestSupport {

    @Autowired
    private ObjectMapper json;

    @Test
    void shouldFindTheDraftsKeptBeforeTheOwnerWasTheActor() throws SQLException {
        String schema = "drafts_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Caller staff = new Caller.Staff("facilitator.ro", StaffRole.FACILITATOR, "RO-IF");
        Caller stakeholder = new Caller.Stakeholder(UUID.randomUUID(), UUID.randomUUID());
        try {
            migrate(schema, "8");
            JdbcTemplate before = new JdbcTemplate(superuser());
            String insert = "insert into " + schema + ".task_draft (task_id, owner, draft, updated_at) values (?, ?, ?, now())";
            before.update(insert, "task-1", "staff:facilitator.ro", "{\"pactText\":\"Versiunea 1\"}");
            before.update(insert, "task-2", "stakeholder:" + stakeholder.participation().orElseThrow(),
                    "{\"priorities\":\"Eficiență\"}");

            migrate(schema, "latest");

            try (Connection connection = superuser().getConnection()) {
                connection.setSchema(schema);
                TaskDrafts drafts = new TaskDrafts(new JdbcTemplate(new SingleConnectionDataSource(connection, true)),
                        json);
                assertThat(drafts.find("task-1", staff)).isEqualTo(Map.of("pactText", "Versiunea 1"));
                assertThat(drafts.find("task-2", stakeholder)).isEqualTo(Map.of("priorities", "Eficiență"));
                connection.setSchema("public");
            }
        } finally {
            new JdbcTemplate(superuser()).execute("drop schema if exists " + schema + " cascade");
        }
    }

    private void migrate(String schema, String target) {
        Flyway.configure().dataSource(superuser()).schemas(schema).locations("classpath:db/migration")
                .target(target).load().migrate();
    }
}
