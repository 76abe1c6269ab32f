package org.copact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copact with the `external` profile, on servers it did not start itself (here a PostgreSQL and an
 * SMTP server started by the test): nothing is seeded, and the administrator's password must be set.
 */
class ExternalServersTests {

    private static final String SEAL_PASSWORD = "a seal keystore secret";
    private static final String OWNER_PASSWORD = "the owner secret";
    private static final String APP_PASSWORD = "the application secret";

    static EmbeddedPostgres postgres;
    static GreenMail smtp;
    static Path sealKeystore;
    static Path auditKeystore;

    @BeforeAll
    static void startServers() throws IOException {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "external-");
        postgres = EmbeddedPostgres.builder().setDataDirectory(data).setRegisterShutdownHook(false).start();
        makeRoles();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        sealKeystore = data.resolveSibling(data.getFileName() + "-seal.p12");
        makeKeystore(sealKeystore, "seal", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=Torino test seal,O=Copact tests");
        auditKeystore = data.resolveSibling(data.getFileName() + "-audit").resolve("audit.p12");
        Files.createDirectories(auditKeystore.getParent());
        makeKeystore(auditKeystore, "audit", "-keyalg", "Ed25519", "-dname", "CN=Torino audit checkpoints");
    }

    /** Copact's two roles and its database, as the README tells the database's administrator to make them. */
    private static void makeRoles() {
        try (Connection superuser = postgres.getPostgresDatabase().getConnection();
                Statement sql = superuser.createStatement()) {
            sql.execute("create role copact_owner login password '" + OWNER_PASSWORD + "'");
            sql.execute("create role copact_app login password '" + APP_PASSWORD + "'");
            sql.execute("create database copact owner copact_owner");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (Connection superuser = postgres.getDatabase("postgres", "copact").getConnection();
                Statement sql = superuser.createStatement()) {
            sql.execute("alter schema public owner to copact_owner");
            sql.execute("revoke create on schema public from public");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A keystore as an operator makes one, with the JDK's keytool (the README's commands). */
    private static void makeKeystore(Path keystore, String alias, String... key) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new java.util.ArrayList<>(List.of(keytool.toString(), "-genkeypair", "-keystore",
                keystore.toString(), "-storetype", "PKCS12", "-storepass", SEAL_PASSWORD, "-alias", alias,
                "-validity", "30"));
        command.addAll(List.of(key));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopServers() throws IOException {
        smtp.stop();
        postgres.close();
    }

    @Test
    void shouldSeedNothingButTheAdministratorWhosePasswordWasSet() {
        try (ConfigurableApplicationContext copact = startSealed("--COPACT_ADMIN_PASSWORD=a long admin secret")) {
            String base = "http://localhost:" + ((WebServerApplicationContext) copact).getWebServer().getPort();
            HttpSession admin = HttpSession.loggedIn(base, "admin", "a long admin secret");

            assertThat(admin.get("/api/rounds").json()).as("no demo round").isEmpty();
            assertThat(admin.get("/api/admin/regions").json()).as("no demo region").isEmpty();
            assertThat(HttpSession.loggedIn(base, "facilitator", "facilitator").get("/api/rounds").status())
                    .as("no demo login").isEqualTo(401);
            assertThat(HttpSession.loggedIn(base, "admin", "admin").get("/api/rounds").status()).isEqualTo(401);
            assertThat(admin.get("/dev/mail").status()).as("no sent-mail page").isEqualTo(404);

            // Copact connects as the role that owns nothing; the tables belong to the migrations' role
            JdbcTemplate jdbc = copact.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("copact_app");
            assertThat(jdbc.queryForObject("select tableowner from pg_tables where tablename = 'audit_entry'",
                    String.class)).isEqualTo("copact_owner");
            assertThatThrownBy(() -> jdbc.execute("truncate audit_entry")).rootCause()
                    .hasMessageContaining("permission denied");

            // the administrator sets up a region and a facilitator, whose round's invitation reaches the SMTP server
            admin.post("/api/admin/regions", Map.of("id", "TORINO", "name", "Città metropolitana di Torino",
                    "defaultLanguage", "it"));
            admin.post("/api/admin/staff", Map.of("username", "giulia", "password", "another long secret",
                    "displayName", "Giulia Bianchi", "role", "FACILITATOR", "regionId", "TORINO"));
            HttpSession giulia = HttpSession.loggedIn(base, "giulia", "another long secret");
            String round = giulia.post("/api/rounds", TestRounds.round("Patto Verde Locale Torino", List.of(
                    TestRounds.stakeholder("Environment Park", "Marco Rossi", "marco@envipark.example", "CLUSTER",
                            "it", TestRounds.ALL_ROLES)))).json().get("id").asText();
            assertThat(giulia.post("/api/rounds/" + round + "/launch", "").status()).isEqualTo(200);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                    .until(() -> !new Mailbox(smtp).to("marco@envipark.example").isEmpty());
        }
    }

    @Test
    void shouldRefuseToStartWithoutTheAdministratorsPassword() {
        assertThatThrownBy(this::startSealed).hasStackTraceContaining("COPACT_ADMIN_PASSWORD");
    }

    @Test
    void shouldRefuseToStartWithoutASealAndWithAWrongSealPassword() {
        assertThatThrownBy(() -> start("--COPACT_ADMIN_PASSWORD=a long admin secret"))
                .hasStackTraceContaining("COPACT_SEAL_KEYSTORE");
        assertThatThrownBy(() -> start("--COPACT_ADMIN_PASSWORD=a long admin secret",
                "--COPACT_SEAL_KEYSTORE=" + sealKeystore, "--COPACT_SEAL_PASSWORD=not the password"))
                .hasStackTraceContaining("COPACT_SEAL_PASSWORD");
    }

    private ConfigurableApplicationContext startSealed(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--COPACT_SEAL_KEYSTORE=" + sealKeystore,
                "--COPACT_SEAL_PASSWORD=" + SEAL_PASSWORD));
        args.addAll(List.of(more));
        return start(args.toArray(String[]::new));
    }

    private ConfigurableApplicationContext start(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--COPACT_DB_URL=jdbc:postgresql://localhost:" + postgres.getPort() + "/copact",
                "--COPACT_DB_USERNAME=copact_app", "--COPACT_DB_PASSWORD=" + APP_PASSWORD,
                "--COPACT_DB_OWNER_USERNAME=copact_owner", "--COPACT_DB_OWNER_PASSWORD=" + OWNER_PASSWORD,
                "--COPACT_SMTP_HOST=127.0.0.1", "--COPACT_SMTP_PORT=" + smtp.getSmtp().getPort(),
                "--COPACT_SMTP_SECURE=false", "--server.port=0",
                "--COPACT_AUDIT_KEYSTORE=" + auditKeystore, "--COPACT_AUDIT_PASSWORD=" + SEAL_PASSWORD,
                // its own engine name and no webapps: the cached test context of the HTTP tests owns those
                "--camunda.bpm.process-engine-name=external", "--camunda.bpm.webapp.enabled=false"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(CopactApplication.class).profiles("external")
                .run(args.toArray(String[]::new));
    }
}
