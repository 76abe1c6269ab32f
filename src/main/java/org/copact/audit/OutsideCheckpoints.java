package org.copact.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The latest checkpoint of each round, kept outside the database beside the audit keystore (one file
 * per round, {@code <round>.json}), so that a database owner who removes entries and checkpoints
 * alike is still found out. A file is replaced atomically, and only by a checkpoint of more entries:
 * a late writer never puts an older one back.
 */
@Component
class OutsideCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(OutsideCheckpoints.class);

    static final String LOCK_FILE = ".lock";

    private final Path folder;
    private final ObjectMapper json;

    OutsideCheckpoints(AuditKeyProperties properties, ObjectMapper json) {
        this.folder = properties.checkpointFolder();
        this.json = json;
    }

    /** Keeps it as the round's latest unless a checkpoint of as many entries or more is kept already. */
    void keep(Checkpoint checkpoint) {
        // one JVM may hold a file's lock once: its instances (several application contexts) take turns first
        synchronized (OutsideCheckpoints.class) {
            keepShared(checkpoint);
        }
    }

    private void keepShared(Checkpoint checkpoint) {
        try {
            Files.createDirectories(folder);
            // nodes sharing the folder (docker compose) each hold their own monitor: the file lock is theirs in common
            try (FileChannel lock = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock held = lock.lock()) {
                keepLocked(checkpoint);
            }
        } catch (IOException | UncheckedIOException e) {
            // the entry and its checkpoint are committed in the database; verification will name the gap
            log.error("Could not keep the checkpoint of round {} ({} entries) in {}", checkpoint.roundId(),
                    checkpoint.treeSize(), folder, e);
        }
    }

    /** Read, compare and move, while this node holds the folder's lock. */
    private void keepLocked(Checkpoint checkpoint) throws IOException {
        Optional<Checkpoint> kept = latest(checkpoint.roundId());
        if (kept.isPresent() && kept.get().treeSize() >= checkpoint.treeSize()) {
            return;
        }
        Path temporary = Files.createTempFile(folder, checkpoint.roundId().toString(), ".tmp");
        json.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), checkpoint);
        try {
            Files.move(temporary, file(checkpoint.roundId()), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file(checkpoint.roundId()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    Optional<Checkpoint> latest(UUID roundId) throws IOException {
        Path file = file(roundId);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(json.readValue(file.toFile(), Checkpoint.class));
    }

    Path file(UUID roundId) {
        return folder.resolve(roundId + ".json");
    }
}
