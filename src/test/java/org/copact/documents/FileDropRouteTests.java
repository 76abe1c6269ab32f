package org.copact.documents;

import org.copact.TestFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copact.TestRounds.stakeholder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.round.RoundService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The scan folder, as an assistant uses it: files in, documents of the round, each file in done/ or error/. */
class FileDropRouteTests extends HttpTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    FileDropRoute route;
    @Autowired
    DocumentService documents;
    @Autowired
    RoundService rounds;

    @Test
    void shouldKeepAScanOfTheRoundAndMoveItToDone() throws Exception {
        UUID roundId = newRound();
        Path roundFolder = Files.createDirectories(route.folder().resolve(roundId.toString()));

        drop(roundFolder, "Scrisoare semnată.pdf", TestFiles.PDF);

        await().atMost(PATIENCE).until(() -> Files.exists(roundFolder.resolve("done/Scrisoare semnată.pdf")));
        assertThat(documents.documents(roundId)).singleElement().satisfies(document -> {
            assertThat(document.fileName()).isEqualTo("Scrisoare semnată.pdf");
            assertThat(document.mediaType()).isEqualTo("application/pdf");
            assertThat(document.source()).isEqualTo(FileDrops.SOURCE_FOLDER);
        });
        assertThat(roundFolder.resolve("Scrisoare semnată.pdf")).doesNotExist();
    }

    @Test
    void shouldMoveAProgramOrAFileOutsideARoundToErrorWithTheReason() throws Exception {
        UUID roundId = newRound();
        Path roundFolder = Files.createDirectories(route.folder().resolve(roundId.toString()));
        Path nowhere = Files.createDirectories(route.folder().resolve("not-a-round"));

        drop(roundFolder, "scan.pdf", TestFiles.PROGRAM);
        drop(nowhere, "scan.pdf", TestFiles.PDF);

        await().atMost(PATIENCE).until(() -> Files.exists(roundFolder.resolve("error/scan.pdf" + FileDropRoute.WHY_SUFFIX))
                && Files.exists(nowhere.resolve("error/scan.pdf" + FileDropRoute.WHY_SUFFIX)));
        await().atMost(PATIENCE).until(() -> Files.exists(roundFolder.resolve("error/scan.pdf"))
                && Files.exists(nowhere.resolve("error/scan.pdf")));
        assertThat(Files.readString(roundFolder.resolve("error/scan.pdf" + FileDropRoute.WHY_SUFFIX))).contains("program");
        assertThat(Files.readString(nowhere.resolve("error/scan.pdf" + FileDropRoute.WHY_SUFFIX)))
                .contains("not-a-round", "round id");
        assertThat(documents.documents(roundId)).isEmpty();
    }

    /** As a scanner does it: written under another name, then renamed into place at once. */
    private static void drop(Path folder, String name, byte[] content) throws Exception {
        Path partial = Files.write(folder.getParent().resolve(UUID.randomUUID() + ".part"), content);
        Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private UUID newRound() {
        return rounds.define(TestRounds.round("Scans", List.of(stakeholder("Eco SRL", "Dan Pop",
                "dan@scans.example", "SME", "ro", List.of("PARTICIPANT", "SIGNATORY")))), facilitator).id();
    }
}
