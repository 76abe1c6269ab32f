package org.copact.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.identity.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator audits rounds and does none of their tasks: a stakeholder's task, named by its id,
 * is no task of theirs, neither to read, nor to answer, nor as a page; and nothing changes.
 */
class AdministratorsDoNoTasksOverHttpTests extends HttpTestSupport {

    @Autowired
    TaskService engineTasks;

    @Test
    void shouldNotLetAnAdministratorReadOrSubmitAStakeholdersTask() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String elena = "elena" + suffix + "@solar-coop.example";
        HttpSession.Response defined = facilitatorSession.post("/api/rounds", TestRounds.round("Solar " + suffix,
                List.of(TestRounds.stakeholder("Solar Coop", "Elena Marin", elena, "SME", "en",
                        TestRounds.ALL_ROLES))));
        String roundId = defined.json().get("id").asText();
        assertThat(facilitatorSession.post("/api/rounds/" + roundId + "/launch", "").status()).isEqualTo(200);
        String taskId = await().atMost(Duration.ofSeconds(60)).until(() -> engineTasks.createTaskQuery()
                .processInstanceBusinessKey(roundId).list(), tasks -> tasks.size() == 1).get(0).getId();
        String admin = "admin-" + suffix;
        accounts.ensureUser(admin, admin, "Administrator", StaffRole.ADMIN, null, null);
        HttpSession administrator = HttpSession.loggedIn(baseUrl(), admin, admin);

        assertThat(administrator.get("/api/tasks").json()).as("no tasks of their own").isEmpty();
        assertThat(administrator.get("/api/tasks/" + taskId + "/form").status()).isEqualTo(404);
        HttpSession.Response submitted = administrator.post("/api/tasks/" + taskId + "/submission",
                Map.of("priorities", "Forged by an administrator", "intendsToSign", "yes"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(404);
        assertThat(submitted.contentType()).startsWith("application/problem+json");
        assertThat(administrator.get("/my/tasks/" + taskId).status()).isEqualTo(404);

        assertThat(engineTasks.createTaskQuery().taskId(taskId).singleResult()).as("still open").isNotNull();
        assertThat(facilitatorSession.get("/api/rounds/" + roundId).json().at("/figures/answered").asInt()).isZero();
        assertThat(facilitatorSession.get("/api/rounds/" + roundId + "/history").body())
                .doesNotContain("ConsultationAnswered").doesNotContain("Forged by an administrator");
    }
}
