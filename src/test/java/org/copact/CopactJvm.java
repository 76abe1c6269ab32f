package org.copact;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Copact as its own operating-system process, as an operator runs it: a JVM started with the test
 * classpath on a data folder of its own (embedded PostgreSQL, fsync and synchronous commit on as in
 * the default start), sending its mail to an SMTP server of the test, which outlives it. It can be
 * killed like a crashed machine kills it ({@code kill -9}), and started again on the same data.
 */
public final class CopactJvm {

    public static final String ADMIN = "crash-admin";
    public static final String ADMIN_PASSWORD = "crash admin secret";
    /** a start on a busy machine (two cores, shared), crash recovery of the database included */
    public static final Duration START = Duration.ofMinutes(8);

    private final Process process;
    private final int port;
    private final Path data;

    private CopactJvm(Process process, int port, Path data) {
        this.process = process;
        this.port = port;
        this.data = data;
    }

    /** Starts Copact on this data folder and waits until it answers HTTP. */
    public static CopactJvm start(Path data, int smtpPort, String name) throws IOException {
        int port = freePort();
        List<String> arguments = new ArrayList<>(List.of(
                "-cp", classpath(),
                // a quick start of a short-lived JVM on a machine whose two cores are shared
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                CopactApplication.class.getName(),
                "--spring.profiles.active=embedded,test",
                "--server.port=" + port,
                "--copact.public-url=http://localhost:" + port,
                "--copact.embedded.postgres.data-directory=" + data.resolve("postgres").toAbsolutePath(),
                "--copact.seal.keystore=" + data.resolve("seal/seal.p12").toAbsolutePath(),
                // the audit key stays with the data, as in the embedded default: checkpoints signed before
                // the crash must verify after it
                "--copact.audit.keystore=" + data.resolve("audit/audit.p12").toAbsolutePath(),
                "--copact.intake.folder=" + data.resolve("intake").toAbsolutePath(),
                "--copact.embedded.mail.enabled=false",
                "--copact.mail.smtp.host=127.0.0.1", "--copact.mail.smtp.port=" + smtpPort,
                "--copact.mail.smtp.secure=false",
                "--copact.bootstrap-admin.username=" + ADMIN, "--copact.bootstrap-admin.password=" + ADMIN_PASSWORD,
                "--camunda.bpm.webapp.enabled=false"));
        // the classpath is longer than one command-line argument may be: java reads it from a file
        Path argumentFile = data.resolve(name + ".args");
        Files.write(argumentFile, arguments.stream().map(CopactJvm::quoted).toList());
        Path log = data.resolve(name + ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + argumentFile.toAbsolutePath())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        CopactJvm copact = new CopactJvm(process, port, data);
        try {
            awaitHttp(copact, log);
        } catch (RuntimeException | Error notStarted) {
            copact.kill();
            copact.postgres().ifPresent(CopactJvm::killWithChildren);
            throw notStarted;
        }
        return copact;
    }

    private static void awaitHttp(CopactJvm copact, Path log) {
        Process process = copact.process;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        await().atMost(START).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("Copact stopped while starting (exit " + process.exitValue() + "), see " + log);
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create(copact.baseUrl() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The PostgreSQL server running on this Copact's data folder, as its pid file names it. */
    public Optional<ProcessHandle> postgres() throws IOException {
        Path pidFile = data.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
    }

    /** A setting of the PostgreSQL server running on this Copact's data folder (its port is in its pid file). */
    public String postgresSetting(String name) throws IOException, java.sql.SQLException {
        int postgresPort = Integer.parseInt(Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid"))
                .get(3).trim());
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + postgresPort + "/postgres", "postgres", "");
                java.sql.ResultSet value = connection.createStatement().executeQuery("show " + name)) {
            value.next();
            return value.getString(1);
        }
    }

    /** kill -9 of the JVM, which leaves its PostgreSQL running, as a crashed JVM does. */
    public void kill() {
        process.destroyForcibly();
        await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** kill -9 of a process and all it started, as a power cut ends them. */
    public static void killWithChildren(ProcessHandle process) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(0, process);
        all.forEach(ProcessHandle::destroyForcibly);
        await().atMost(Duration.ofSeconds(30)).until(() -> all.stream().noneMatch(ProcessHandle::isAlive));
    }

    /** The test JVM's classpath without its empty entries, which would add the working directory. */
    private static String classpath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static String quoted(String argument) {
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
