package org.copact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.copact.identity.Caller;
import org.copact.identity.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Copact stopped in the middle of a round and started again on the same data folder: the round,
 * its answers, its tasks, its history, the links already sent and the sessions open are all still there.
 */
class RestartTests {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void shouldGoOnWithTheRoundAfterARestartOnTheSameData() throws IOException {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "restart-");
        String ana = "ana@restart.example";
        String dan = "dan@restart.example";
        String roundId;
        String danLink;
        Caller.Staff facilitator;
        HttpSession staffBrowser;
        HttpSession anaBrowser;

        try (ConfigurableApplicationContext first = start(data)) {
            facilitator = TestRounds.newRegionWithFacilitator(first.getBean(StaffAccounts.class));
            HttpSession staff = HttpSession.loggedIn(baseUrl(first), facilitator.username(), facilitator.username());
            roundId = staff.post("/api/rounds", TestRounds.round("Pact înainte de repornire", List.of(
                    TestRounds.stakeholder("Primăria", "Ana Ionescu", ana, "PUBLIC_AUTHORITY", "ro", TestRounds.ALL_ROLES),
                    TestRounds.stakeholder("Eco SRL", "Dan Pop", dan, "SME", "ro", TestRounds.ALL_ROLES))))
                    .json().get("id").asText();
            assertThat(staff.post("/api/rounds/" + roundId + "/launch", "").status()).isEqualTo(200);
            Mailbox mailbox = new Mailbox(first.getBean(GreenMail.class));
            await().atMost(PATIENCE).until(() -> !mailbox.to(ana).isEmpty() && !mailbox.to(dan).isEmpty());
            danLink = mailbox.latestLinkTo(dan);
            anaBrowser = HttpSession.anonymous(baseUrl(first));
            anaBrowser.open(mailbox.latestLinkTo(ana));
            String task = await().atMost(PATIENCE).until(() -> anaBrowser.get("/api/tasks").json(), t -> t.size() == 1)
                    .get(0).get("id").asText();
            assertThat(anaBrowser.post("/api/tasks/" + task + "/submission",
                    Map.of("priorities", "Energie solară", "intendsToSign", "yes")).status()).isEqualTo(204);
            staffBrowser = HttpSession.viaLoginForm(baseUrl(first), facilitator.username(), facilitator.username());
            assertThat(staffBrowser.get("/api/rounds/" + roundId).status()).isEqualTo(200);
        }

        try (ConfigurableApplicationContext second = start(data)) {
            HttpSession staff = HttpSession.loggedIn(baseUrl(second), facilitator.username(), facilitator.username());
            // the sessions opened before the restart are still open: no one logs in or opens a link again
            assertThat(staffBrowser.at(baseUrl(second)).get("/api/rounds/" + roundId).status())
                    .as("the facilitator's login through the form").isEqualTo(200);
            assertThat(anaBrowser.at(baseUrl(second)).get("/api/tasks").status())
                    .as("the session Ana's link opened").isEqualTo(200);
            assertThat(HttpSession.anonymous(baseUrl(second)).get("/api/tasks").status()).isEqualTo(401);

            JsonNode round = staff.get("/api/rounds/" + roundId).json();
            assertThat(round.get("status").asText()).isEqualTo("RUNNING");
            assertThat(round.get("stage").asText()).isEqualTo("CONSULTATION");
            assertThat(round.at("/figures/answered").asInt()).isEqualTo(1);

            // the link mailed before the restart still opens Dan's task, on the new process
            HttpSession danBrowser = HttpSession.anonymous(baseUrl(second));
            assertThat(danBrowser.open(danLink).status()).isEqualTo(303);
            JsonNode tasks = await().atMost(PATIENCE).until(() -> danBrowser.get("/api/tasks").json(),
                    t -> t.size() == 1);
            assertThat(danBrowser.post("/api/tasks/" + tasks.get(0).get("id").asText() + "/submission",
                    Map.of("priorities", "Reciclare", "intendsToSign", "undecided")).status()).isEqualTo(204);

            await().atMost(PATIENCE).until(() -> staff.get("/api/rounds/" + roundId).json().get("stage").asText()
                    .equals("DRAFTING"));
            JsonNode verification = staff.get("/api/rounds/" + roundId + "/history/verification").json();
            assertThat(verification.get("valid").asBoolean()).isTrue();
            assertThat(staff.get("/api/rounds/" + roundId + "/history").json().toString())
                    .contains("ConsultationAnswered", "Task_AnswerConsultation", "Task_DraftPact");
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(CopactApplication.class)
                .profiles("embedded", "test")
                .run("--copact.embedded.postgres.data-directory=" + data.resolve("postgres").toAbsolutePath(),
                        // the audit record's key and checkpoints live in the data folder too: the same after a restart
                        "--copact.audit.keystore=" + data.resolve("audit/audit.p12").toAbsolutePath(),
                        // the cached HTTP test context owns the engine name "default" and the webapps,
                        // whose runtime delegates are static: a second set would replace its own
                        "--camunda.bpm.process-engine-name=restart", "--camunda.bpm.webapp.enabled=false");
    }

    private static String baseUrl(ConfigurableApplicationContext context) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
