package org.copact.system;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("copact-embedded");
        return dataSource;
    }
}
