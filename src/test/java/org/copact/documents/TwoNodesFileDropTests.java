package org.copact.documents;

import org.copact.common.OneNodeAtATime;


import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copact.TestRounds.stakeholder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.round.RoundService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A second Copact node sharing the scan folder: its own Camel context running the same file-drop
 * route and route configuration on the same folder, recording into the same database. Both poll
 * on the same quick rhythm. Every file is taken by one node, once: it ends in {@code done/}, and
 * is one document of the round.
 */
class TwoNodesFileDropTests extends HttpTestSupport {

    private static final int FILES = 40;

    @Autowired
    FileDropRoute route;
    @MockitoSpyBean
    FileDrops fileDrops;
    @Autowired
    DocumentService documents;
    @Autowired
    RoundService rounds;
    @Autowired
    DataSource dataSource;

    @Test
    void shouldTakeEachFileOnceWhenTwoNodesScanTheSameFolder() throws Exception {
        UUID roundId = rounds.define(TestRounds.round("Scans on two nodes", List.of(stakeholder("Eco SRL", "Dan Pop",
                "dan@two-scans.example", "SME", "ro", List.of("PARTICIPANT", "SIGNATORY")))), facilitator).id();
        Path roundFolder = Files.createDirectories(route.folder().resolve(roundId.toString()));

        try (CamelContext secondNode = new DefaultCamelContext()) {
            secondNode.getRegistry().bind("fileDrops", fileDrops);
            secondNode.getRegistry().bind(OneNodeAtATime.BEAN, new OneNodeAtATime(dataSource));
            secondNode.addRoutes(new FileDropRouteConfiguration());
            secondNode.addRoutes(new FileDropRoute(new IntakeProperties(route.folder(), Duration.ofMillis(200))));
            secondNode.start();
            for (int i = 0; i < FILES; i++) {
                drop(roundFolder, "scan-" + i + ".txt", ("Scrisoarea " + i + "\n").getBytes(StandardCharsets.UTF_8));
            }

            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> files(roundFolder.resolve("done")).size() == FILES);
            // and so it stays while both nodes scan the folder a few more times
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> files(roundFolder.resolve("done")).size() == FILES);
        }
        assertThat(files(roundFolder)).as("left in the scan folder").isEmpty();
        assertThat(files(roundFolder.resolve("error"))).as("refused").isEmpty();
        assertThat(documents.documents(roundId)).hasSize(FILES);
        verify(fileDrops, times(FILES)).take(any(Exchange.class));
    }

    /** As a scanner does it: written under another name, then renamed into place at once. */
    private static void drop(Path folder, String name, byte[] content) throws Exception {
        Path partial = Files.write(folder.getParent().resolve(UUID.randomUUID() + ".part"), content);
        Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<String> files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
