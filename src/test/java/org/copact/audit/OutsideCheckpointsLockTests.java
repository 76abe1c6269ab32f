package org.copact.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes share the checkpoint folder (docker compose): while another process (a real second JVM)
 * holds the folder's lock, a node does not read, compare and replace a round's checkpoint; once it
 * lets go, the node does.
 */
class OutsideCheckpointsLockTests {

    @TempDir
    Path data;

    @Test
    void shouldWaitForTheLockAnotherProcessHoldsOnTheFolder() throws Exception {
        OutsideCheckpoints outside = new OutsideCheckpoints(new AuditKeyProperties(data.resolve("audit.p12"), "", "",
                true), new ObjectMapper().findAndRegisterModules());
        Path folder = Files.createDirectories(data.resolve("checkpoints"));
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), OtherNode.class.getName(),
                folder.resolve(OutsideCheckpoints.LOCK_FILE).toString()).redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(other.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("locked");
            UUID round = UUID.randomUUID();
            CompletableFuture<Void> keeping = CompletableFuture.runAsync(() -> outside.keep(new Checkpoint(round, 3,
                    "ab", Instant.parse("2026-01-01T00:00:00Z"), "key", "signature")));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> !keeping.isDone());
            assertThat(outside.file(round)).as("nothing written while the other node holds the lock").doesNotExist();

            other.getOutputStream().close();
            await().atMost(Duration.ofSeconds(30)).until(keeping::isDone);
            assertThat(outside.latest(round)).hasValueSatisfying(c -> assertThat(c.treeSize()).isEqualTo(3));
        } finally {
            other.destroy();
        }
    }

    /** The other node: holds the lock file's lock until its standard input closes. */
    static final class OtherNode {

        public static void main(String[] args) throws IOException {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); var held = channel.lock()) {
                System.out.println("locked");
                System.out.flush();
                System.in.readAllBytes();
            }
        }
    }
}
