package org.copact.system;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Camunda's tables, made by the role that runs the migrations, after them: the engine itself, which
 * connects as the application, may not create tables (camunda.bpm.database.schema-update is off).
 * Each part the engine uses is created from Camunda's own PostgreSQL scripts when its table is
 * missing, as the engine's schema update does. A later Camunda's upgrade scripts
 * (org/camunda/bpm/engine/db/upgrade) become Flyway migrations. Runs before AppRoleGrants (Flyway
 * runs callbacks in the order of their names).
 */
@Component
class CamundaSchema implements Callback {

    private static final Logger log = LoggerFactory.getLogger(CamundaSchema.class);

    /** a table of each part, and the script that creates the part, in the engine's order */
    private static final List<String[]> PARTS = List.of(
            new String[] {"act_ru_execution", "engine"}, new String[] {"act_hi_procinst", "history"},
            new String[] {"act_id_user", "identity"}, new String[] {"act_re_case_def", "case.engine"},
            new String[] {"act_hi_caseinst", "case.history"}, new String[] {"act_re_decision_def", "decision.engine"},
            new String[] {"act_hi_decinst", "decision.history"});

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            for (String[] part : PARTS) {
                if (!exists(connection, part[0])) {
                    log.info("Creating Camunda's {} tables", part[1]);
                    ScriptUtils.executeSqlScript(connection, new EncodedResource(new ClassPathResource(
                            "org/camunda/bpm/engine/db/create/activiti.postgres.create." + part[1] + ".sql"),
                            StandardCharsets.UTF_8));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Camunda's tables could not be created", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "copact-1-camunda-schema";
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select exists (select from information_schema.tables
                where table_schema = current_schema() and table_name = ?)""")) {
            query.setString(1, table);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** The engine starts once the migrations, and this callback, have run. */
    @Component
    static class EngineAfterMigrations extends AbstractDependsOnBeanFactoryPostProcessor {

        EngineAfterMigrations() {
            super(ProcessEngine.class, ProcessEngineFactoryBean.class, FlywayMigrationInitializer.class);
        }
    }
}
