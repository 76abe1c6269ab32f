package org.copact.system;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The default start: a real PostgreSQL binary from Maven Central, whose data directory lives under
 * the working directory so that stopping and starting again loses nothing, even after a crash: a
 * PostgreSQL that a Copact which died left running there is stopped first ({@link OrphanedPostgres}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "copact.embedded.postgres.enabled", havingValue = "true")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedProperties embedded) throws IOException {
        Path dataDirectory = embedded.postgres().dataDirectory();
        int port = embedded.postgres().port();
        Files.createDirectories(dataDirectory);
        OrphanedPostgres.clear(dataDirectory.toAbsolutePath(), RECOVERY);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory.toAbsolutePath())
                .setCleanDataDirectory(false)
                // Spring stops it after everything that uses it; a JVM hook of its own would race that
                .setRegisterShutdownHook(false)
                // after a crash PostgreSQL first replays its log: more than the library's 10 s on a busy machine
                .setPGStartupWait(RECOVERY)
                .setServerConfig("max_connections", "100")
                // zonky starts PostgreSQL for throw-away test databases (-F: no fsync; no synchronous
                // commit); Copact's data must survive a crash: what was acknowledged is on disk
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with its data in {}", postgres.getPort(), dataDirectory.toAbsolutePath());
        return postgres;
    }

    /**
     * The roles Copact connects as (neither is the superuser), their passwords beside the data folder
     * ({@code postgres-roles.properties}).
     */
    @Bean
    EmbeddedDatabaseRoles embeddedDatabaseRoles(EmbeddedPostgres postgres, EmbeddedProperties embedded)
            throws IOException, SQLException {
        Path dataDirectory = embedded.postgres().dataDirectory().toAbsolutePath();
        return EmbeddedDatabaseRoles.prepare(postgres, dataDirectory,
                dataDirectory.resolveSibling(dataDirectory.getFileName() + "-roles.properties"));
    }

    /** The application's connections: rows of Copact's and Camunda's tables, nothing more. */
    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedDatabaseRoles roles) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(roles.jdbcUrl());
        dataSource.setUsername(EmbeddedDatabaseRoles.APP);
        dataSource.setPassword(roles.password(EmbeddedDatabaseRoles.APP));
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("copact-embedded");
        return dataSource;
    }

    /** The migrations' connection, as the role that owns the schema (Copact's tables and Camunda's). */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedDatabaseRoles roles) {
        return roles.dataSource(EmbeddedDatabaseRoles.OWNER);
    }
}
