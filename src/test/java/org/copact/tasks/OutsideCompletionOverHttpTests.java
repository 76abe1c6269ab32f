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
import org.copact.identity.StaffRole;
import org.copact.process.consultation.StakeholderConsultationProcess;
import org.junit.jupiter.api.Test;

/**
 * The engine's own REST API is a door to every task: an administrator who completes a Copact task
 * there, with whatever variables, is refused with a problem that says where it is done, by every
 * endpoint that completes a task; the task stays open, nothing of it is kept, and the stakeholder
 * still answers it through Copact.
 */
class OutsideCompletionOverHttpTests extends HttpTestSupport {

    private static final Map<String, Object> NONSENSE = Map.of("variables", Map.of(
            "priorities", Map.of("value", "x"), "nonsense", Map.of("value", 42),
            "intendsToSign", Map.of("value", "perhaps")));

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String elena = "elena" + suffix + "@solar-coop.example";

    @Test
    void shouldRefuseToCompleteACopactTaskThroughTheEngineApiAndKeepItForCopact() {
        String roundId = launchRound();
        HttpSession admin = administrator();
        String taskId = consultationTask(admin, roundId);

        for (String door : List.of("/engine-rest/task/" + taskId + "/complete",
                "/engine-rest/task/" + taskId + "/submit-form",
                "/engine-rest/engine/default/task/" + taskId + "/complete")) {
            HttpSession.Response refused = admin.post(door, NONSENSE);
            assertThat(refused.status()).as(door + ": " + refused).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            JsonNode problem = refused.json();
            assertThat(problem.get("type").asText()).isEqualTo("urn:copact:problem:completed-in-copact");
            assertThat(problem.get("title").asText()).isEqualTo("Completed in Copact only");
            assertThat(problem.get("detail").asText())
                    .startsWith("\u201cAnswer the consultation\u201d is a Copact task: it is completed in Copact")
                    .contains("The stakeholder it is assigned to does it from the personal link in their email.")
                    .endsWith("/rounds/" + roundId);
            assertThat(problem.get("message").asText()).as("what Camunda's clients show")
                    .isEqualTo(problem.get("detail").asText());
            assertThat(problem.get("taskId").asText()).isEqualTo(taskId);
            assertThat(problem.get("completeAt").asText()).isEqualTo("http://localhost/rounds/" + roundId);
        }

        assertThat(admin.get("/engine-rest/task/" + taskId).status()).as("the task is still open").isEqualTo(200);
        assertThat(admin.get("/engine-rest/history/variable-instance?variableName=nonsense&processInstanceId="
                + processInstance(admin, taskId)).json()).as("nothing the requests sent is kept").isEmpty();
        assertThat(admin.get("/engine-rest/history/task?finished=true&taskId=" + taskId).json()).isEmpty();
        assertThat(facilitatorSession.get("/api/rounds/" + roundId).json().at("/figures/answered").asInt())
                .isZero();
        assertThat(facilitatorSession.get("/api/rounds/" + roundId + "/history").body())
                .doesNotContain("ConsultationAnswered");

        HttpSession elenasBrowser = HttpSession.anonymous(baseUrl());
        assertThat(elenasBrowser.open(mailbox.latestLinkTo(elena)).status()).isEqualTo(303);
        HttpSession.Response answered = elenasBrowser.post("/api/tasks/" + taskId + "/submission",
                Map.of("priorities", "Solar roofs on the schools", "intendsToSign", "yes"));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(204);
        assertThat(admin.get("/engine-rest/history/task?finished=true&taskId=" + taskId).json()).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                facilitatorSession.get("/api/rounds/" + roundId).json().at("/figures/answered").asInt()).isEqualTo(1));
        assertThat(facilitatorSession.get("/api/rounds/" + roundId + "/history").body())
                .contains("ConsultationAnswered");
    }

    private String launchRound() {
        String roundId = launchRound(TestRounds.round("Solar pact " + suffix,
                List.of(TestRounds.stakeholder("Solar Coop", "Elena Marin", elena, "SME", "en",
                        TestRounds.ALL_ROLES))));
        await().atMost(Duration.ofSeconds(60)).until(() -> !mailbox.to(elena).isEmpty());
        return roundId;
    }

    private HttpSession administrator() {
        String admin = "admin-" + suffix;
        accounts.ensureUser(admin, admin, "Administrator", StaffRole.ADMIN, null, null);
        return HttpSession.loggedIn(baseUrl(), admin, admin);
    }

    private static String consultationTask(HttpSession admin, String roundId) {
        JsonNode tasks = await().atMost(Duration.ofSeconds(60)).until(() -> admin.get("/engine-rest/task"
                + "?processInstanceBusinessKey=" + roundId + "&taskDefinitionKey="
                + StakeholderConsultationProcess.TASK_ANSWER_CONSULTATION).json(), found -> found.size() == 1);
        return tasks.get(0).get("id").asText();
    }

    private static String processInstance(HttpSession admin, String taskId) {
        return admin.get("/engine-rest/task/" + taskId).json().get("processInstanceId").asText();
    }
}
