package org.copact.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL starts on a data folder whose {@code postmaster.pid} a crash left behind
 * (the server stopped with the machine, and its number now belongs to another program, which
 * PostgreSQL would take for a server still running). A server that a killed Copact left running is
 * stopped before the start: CrashTests, where Copact is a process of its own, shows that.
 */
class OrphanedPostgresTests {

    @Test
    void shouldStartOnAFolderWhosePidFileNamesAnotherProgram() throws Exception {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "stale-pid-");
        EmbeddedProperties settings = new EmbeddedProperties(new EmbeddedProperties.Postgres(true, data, 0),
                new EmbeddedProperties.Mail(false, 0, 0));
        EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
        try (EmbeddedPostgres first = configuration.embeddedPostgres(settings)) {
            execute(first, "create table kept (answer text); insert into kept values ('da')");
        }
        Process other = new ProcessBuilder("sleep", "300").start();
        try {
            // what a server that died with the machine leaves, once the pid has gone to another program
            Files.write(data.resolve(OrphanedPostgres.PID_FILE), List.of(String.valueOf(other.pid()),
                    data.toAbsolutePath().toString(), "1764600000", "5432", "/tmp", "localhost", "", "ready"));

            try (EmbeddedPostgres second = configuration.embeddedPostgres(settings)) {
                assertThat(count(second)).isEqualTo(1);
            }
            assertThat(other.isAlive()).as("the other program is left alone").isTrue();
        } finally {
            other.destroyForcibly();
        }
    }

    private static void execute(EmbeddedPostgres postgres, String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int count(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from kept")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
