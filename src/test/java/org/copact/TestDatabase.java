package org.copact;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationContext;

/**
 * The embedded database of a test's Copact as each of its roles reaches it. Copact connects as
 * {@code copact_app} (the context's {@code DataSource}, {@code JdbcTemplate}, {@code JdbcClient}),
 * which may read and write rows and nothing more; its migrations run as {@code copact_owner}, which
 * owns the schema. A test that plays someone with every right over the database (a tamper test, a
 * migration test that builds a schema of its own) takes the superuser:
 * {@code jdbc:postgresql://localhost:<port>/postgres} as user {@code postgres} without a password
 * (see {@link #superuserJdbcUrl}), as {@link EmbeddedPostgres#getPostgresDatabase()} does.
 */
public final class TestDatabase {

    public static final String SUPERUSER = "postgres";

    private TestDatabase() {
    }

    /** the superuser ({@value #SUPERUSER}), unpooled */
    public static DataSource superuser(ApplicationContext copact) {
        return copact.getBean(EmbeddedPostgres.class).getPostgresDatabase();
    }

    /** the superuser's JDBC URL (user {@value #SUPERUSER}, no password), for a client of one's own */
    public static String superuserJdbcUrl(ApplicationContext copact) {
        return copact.getBean(EmbeddedPostgres.class).getJdbcUrl(SUPERUSER, "postgres");
    }

    /** the role that owns Copact's schema and runs its migrations ({@code copact_owner}) */
    public static DataSource owner(ApplicationContext copact) {
        return copact.getBean(Flyway.class).getConfiguration().getDataSource();
    }
}
