package org.copact.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * After every migration run, the role the application connects as may read and write the rows of
 * every table and sequence of the schema (Copact's, Camunda's, Spring Modulith's event publications,
 * Spring Session's sessions), including those a migration just made: rows only, no TRUNCATE, no
 * TRIGGER, no REFERENCES, and nothing of Flyway's history. It owns nothing, so it can change no
 * table, trigger or function. Granted by the owner, who runs the migrations; Flyway runs its callbacks
 * in the order of their names.
 */
@Component
class AppRoleGrants implements Callback {

    private static final Logger log = LoggerFactory.getLogger(AppRoleGrants.class);

    private final ObjectProvider<DataSource> application;

    AppRoleGrants(ObjectProvider<DataSource> application) {
        this.application = application;
    }

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
        try {
            String app = applicationRole();
            Connection owner = context.getConnection();
            String ownerRole = owner.getMetaData().getUserName();
            if (app.equals(ownerRole)) {
                log.warn("Copact connects to its database as {}, the role that owns its tables: nothing in the"
                        + " database keeps it from truncating the audit record or changing its triggers. Give the"
                        + " migrations a role of their own (COPACT_DB_OWNER_USERNAME, see the README).", app);
                return;
            }
            try (Statement sql = owner.createStatement();
                    ResultSet current = sql.executeQuery("select current_schema()")) {
                current.next();
                String schema = quoted(current.getString(1));
                String role = quoted(app);
                sql.execute("grant select, insert, update, delete on all tables in schema " + schema + " to " + role);
                sql.execute("grant usage, select on all sequences in schema " + schema + " to " + role);
                // and what the owner creates later, in this run (a callback after this one) or by hand
                sql.execute("alter default privileges in schema " + schema
                        + " grant select, insert, update, delete on tables to " + role);
                sql.execute("alter default privileges in schema " + schema + " grant usage, select on sequences to "
                        + role);
                sql.execute("revoke all on table " + schema + "." + quoted(context.getConfiguration().getTable())
                        + " from " + role);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the application's role could not be given its rights", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "copact-2-app-role-grants";
    }

    private String applicationRole() throws SQLException {
        try (Connection connection = application.getObject().getConnection()) {
            return connection.getMetaData().getUserName();
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
