package org.copact.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A task is looked up in the engine once per request: a page sent back with a mistake (kept as a
 * draft, checked, shown again with its errors) asks the engine for the task, and for its round and
 * pact version, one time each.
 */
@Import(EngineCommands.class)
class TaskLookupsOverHttpTests extends HttpTestSupport {

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String ana = "ana" + suffix + "@cj-ilfov.example";

    @Autowired
    private EngineCommands.Counter engineCommands;

    @Test
    void shouldLookUpTheTaskOnceWhenAPageComesBackWithAMistake() {
        HttpSession.Response defined = facilitatorSession.post("/api/rounds", TestRounds.round("Pact " + suffix,
                List.of(TestRounds.stakeholder("Consiliul Județean Ilfov", "Ana-Maria Ionescu", ana,
                        "PUBLIC_AUTHORITY", "ro", TestRounds.ALL_ROLES))));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        assertThat(facilitatorSession.post("/api/rounds/" + defined.json().get("id").asText() + "/launch", "")
                .status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> !mailbox.to(ana).isEmpty());
        HttpSession anaBrowser = HttpSession.anonymous(baseUrl());
        TaskPagesOverHttpTests.open(anaBrowser, mailbox.latestLinkTo(ana));
        JsonNode tasks = await().atMost(Duration.ofSeconds(60)).until(() -> anaBrowser.get("/api/tasks").json(),
                t -> t.size() == 1);
        String task = tasks.get(0).get("id").asText();

        engineCommands.takeCounts();
        HttpSession.Response mistake = anaBrowser.postForm("/my/tasks/" + task, "priorities=ab");
        Map<String, Integer> commands = engineCommands.takeCounts();

        assertThat(mistake.status()).isEqualTo(422);
        assertThat(mistake.body()).contains("Scrieți cel puțin 3 caractere.").contains(">ab</textarea>");
        assertThat(commands.getOrDefault("TaskQueryImpl", 0)).as("task queries of one failed POST: %s", commands)
                .isEqualTo(1);
        assertThat(commands.getOrDefault("GetTaskVariablesCmd", 0)).as("reads of its variables: %s", commands)
                .isEqualTo(1);
    }
}
