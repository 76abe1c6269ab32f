package org.copact.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a Copact that died (kill -9, a crash of the JVM) left in its data folder, cleared before the
 * embedded PostgreSQL starts there again. Its PostgreSQL runs on without it and keeps the folder's
 * {@code postmaster.pid}: once it is sure that process is a PostgreSQL of this very folder and that
 * no live Copact uses the folder (the library's {@code epg-lock}, held by a running Copact, is free),
 * it is stopped with {@code pg_ctl stop -m fast} and waited for. A {@code postmaster.pid} whose
 * process is gone is left to PostgreSQL, which removes it itself after checking that no process of
 * the old server still holds its shared memory; one whose number now belongs to another program,
 * which PostgreSQL would take for a running server, is removed.
 */
final class OrphanedPostgres {

    static final String PID_FILE = "postmaster.pid";
    /** the lock file that the embedded PostgreSQL library holds in the data folder while it runs */
    static final String LIBRARY_LOCK = "epg-lock";

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

    private OrphanedPostgres() {
    }

    static void clear(Path dataDirectory, Duration patience) throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(LIBRARY_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new IllegalStateException("Another Copact is running on the data folder " + dataDirectory
                        + ": stop it, or start this one with another COPACT_DATA_DIR");
            }
            Optional<ProcessHandle> process = pidIn(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
            if (process.isEmpty()) {
                log.info("The PostgreSQL of {} was not stopped cleanly; it recovers from its log on this start",
                        dataDirectory);
                return;
            }
            if (!isPostgresOf(process.get(), dataDirectory)) {
                log.warn("Removing {}: its process {} is no PostgreSQL of this folder", pidFile, process.get().pid());
                Files.delete(pidFile);
                return;
            }
            stop(process.get(), dataDirectory, patience);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    private static void stop(ProcessHandle orphan, Path dataDirectory, Duration patience) throws IOException {
        log.warn("A PostgreSQL (pid {}) still runs on {}, left by a Copact that stopped without stopping it: "
                + "stopping it before this start", orphan.pid(), dataDirectory);
        Optional<Path> pgCtl = orphan.info().command().map(Path::of).map(postgres -> postgres.resolveSibling("pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isEmpty() || !stoppedByPgCtl(pgCtl.get(), dataDirectory, patience)) {
            // SIGTERM: the server waits for its sessions, which died with the Copact that opened them
            orphan.destroy();
        }
        waitFor(orphan, patience);
        if (orphan.isAlive()) {
            throw new IllegalStateException("The PostgreSQL (pid " + orphan.pid() + ") left running on "
                    + dataDirectory + " did not stop within " + patience + ": stop it, then start Copact again");
        }
        log.info("Stopped the PostgreSQL (pid {}) left running on {}", orphan.pid(), dataDirectory);
    }

    /**
     * As the library runs its binaries: as root, in a user namespace of its own ({@code unshare -U}),
     * since PostgreSQL's tools refuse to run as root.
     */
    private static boolean stoppedByPgCtl(Path pgCtl, Path dataDirectory, Duration patience) throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "-D", dataDirectory.toString(), "stop", "-m", "fast", "-w",
                "-t", String.valueOf(patience.toSeconds())));
        Process stop = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(stop.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        waitFor(stop.toHandle(), patience);
        if (stop.isAlive() || stop.exitValue() != 0) {
            log.warn("pg_ctl could not stop it ({}): signalling it instead", output);
            return false;
        }
        return true;
    }

    /** A postgres binary started with {@code -D} this folder (PostgreSQL writes its pid file with its own). */
    static boolean isPostgresOf(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(Path::of).map(Path::getFileName).map(Path::toString)
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe")).isPresent();
        List<String> arguments = info.arguments().map(List::of).orElse(List.of());
        int option = arguments.indexOf("-D");
        return postgres && option >= 0 && option + 1 < arguments.size()
                && sameFolder(Path.of(arguments.get(option + 1)), dataDirectory);
    }

    private static boolean sameFolder(Path one, Path other) {
        try {
            return Files.isSameFile(one, other);
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Long> pidIn(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void waitFor(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // judged by the caller from isAlive()
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
