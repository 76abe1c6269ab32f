package org.copact.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.Mailbox;
import org.copact.TestRounds;
import org.copact.identity.Caller;
import org.copact.process.CoCreationRoundProcess;
import org.copact.process.consultation.StakeholderConsultationProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A facilitator corrects a round over the API, before and after its launch: each change reaches the
 * round's process, its tasks, its mails and its links, and a wrong one changes nothing.
 */
class RoundEditsOverHttpTests extends HttpTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    RoundService roundService;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService engineTasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String ana = "ana-" + suffix + "@cj-ilfov.example";
    private final String dan = "dan-" + suffix + "@eco.example";

    @Test
    void shouldEditEverythingOfARoundBeforeItsLaunchAndRecordWhoDidIt() {
        String id = define();
        String deadline = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS).toString();

        HttpSession.Response edited = facilitatorSession.patch("/api/rounds/" + id, Map.of("title", "Pact nou",
                "topic", "", "defaultLanguage", "it", "languages", List.of("it", "en"), "consultationDeadline",
                deadline, "reminderBefore", "P3D", "targets", Map.of("answers", 1, "signatories", 2)));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        Round round = roundService.round(UUID.fromString(id));
        assertThat(round.title()).isEqualTo("Pact nou");
        assertThat(round.topic()).as("an empty topic clears it").isNull();
        assertThat(round.defaultLanguage().code()).isEqualTo("it");
        assertThat(round.languages()).extracting(l -> l.code()).containsExactlyInAnyOrder("it", "en");
        assertThat(round.consultationDeadline()).isEqualTo(Instant.parse(deadline));
        assertThat(round.reminderBefore()).isEqualTo(Duration.ofDays(3));
        assertThat(round.targets().signatories()).isEqualTo(2);
        JsonNode revised = entry(id, "RoundRevised");
        assertThat(revised.get("actor").asText()).isEqualTo(facilitator.username());
        assertThat(revised.at("/details/title").asText()).isEqualTo("Pact → Pact nou");
    }

    @Test
    void shouldMoveTheConsultationDeadlineOfARunningRoundWithItsTimersAndTasks() {
        String id = launchDefinedRound(define());
        await().atMost(PATIENCE).until(() -> answerTasks(id).size() == 2);
        Instant moved = Instant.now().plus(Duration.ofDays(21)).truncatedTo(ChronoUnit.SECONDS);

        HttpSession.Response edited = facilitatorSession.patch("/api/rounds/" + id, Map.of("title",
                "Pact verde Ilfov " + suffix, "consultationDeadline", moved.toString()));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(facilitatorSession.get("/rounds/" + id + "?lang=en").body()).contains("Pact verde Ilfov " + suffix);
        ProcessInstance consultation = consultation(id);
        assertThat(management.createJobQuery().processInstanceId(consultation.getId())
                .activityId(StakeholderConsultationProcess.TIMER_DEADLINE).singleResult().getDuedate().toInstant())
                .isEqualTo(moved);
        Instant reminderAt = roundService.round(UUID.fromString(id)).reminderAt();
        assertThat(management.createJobQuery().processInstanceId(consultation.getId())
                .activityId(StakeholderConsultationProcess.TIMER_REMINDER).singleResult().getDuedate().toInstant())
                .isEqualTo(reminderAt);
        assertThat(answerTasks(id)).allSatisfy(task -> assertThat(task.getDueDate().toInstant()).isEqualTo(moved));
        assertThat(entry(id, "RoundRevised").get("actor").asText()).isEqualTo(facilitator.username());
    }

    @Test
    void shouldInviteAStakeholderAddedAfterTheLaunchAtOnce() {
        String id = launchDefinedRound(define());
        String ioana = "ioana-" + suffix + "@eco-constructii.example";

        HttpSession.Response added = facilitatorSession.post("/api/rounds/" + id + "/stakeholders",
                TestRounds.stakeholder("Eco Construcții SRL", "Ioana Popescu", ioana, "SME", "ro",
                        List.of("PARTICIPANT", "SIGNATORY")));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String participation = added.json().get("participationId").asText();
        assertThat(added.location()).endsWith("/api/rounds/" + id + "/stakeholders/" + participation);
        HttpSession ioanaBrowser = browserOf(ioana);
        // the invitation is sent before the step that makes the answer task, which follows as a job of its own
        JsonNode tasks = await().atMost(PATIENCE).until(() -> ioanaBrowser.get("/api/tasks").json(),
                list -> list.size() == 1);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("taskKey").asText()).isEqualTo(StakeholderConsultationProcess.TASK_ANSWER_CONSULTATION);
        assertThat(Mailbox.text(mailbox.to(ioana).get(0))).contains("Ioana Popescu");
        assertThat(entry(id, "StakeholderAdded").get("actor").asText()).isEqualTo(facilitator.username());
    }

    @Test
    void shouldWithdrawTheTasksOfARemovedStakeholderAndTellThemInTheirLanguage() throws Exception {
        String id = launchDefinedRound(define());
        HttpSession danBrowser = browserOf(dan);
        String danLink = mailbox.latestLinkTo(dan);
        String participation = participation(id, dan);

        HttpSession.Response removed = facilitatorSession.delete("/api/rounds/" + id + "/stakeholders/" + participation);

        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(engineTasks.createTaskQuery().taskAssignee(participation).count()).as("their task is withdrawn")
                .isZero();
        await().atMost(PATIENCE).until(() -> mailbox.to(dan).size() == 2);
        MimeMessage notice = mailbox.to(dan).get(1);
        assertThat(notice.getSubject()).startsWith("Nu mai participați");
        assertThat(Mailbox.text(notice)).contains("Eco SRL").doesNotContain("/s/");
        assertThat(HttpSession.anonymous(baseUrl()).open(danLink).status()).as("their link opens nothing").isEqualTo(404);
        assertThat(danBrowser.get("/api/tasks").status()).as("their session ends").isEqualTo(401);
        assertThat(emails(id)).containsExactly(ana);
        assertThat(entry(id, "StakeholderRemoved").get("actor").asText()).isEqualTo(facilitator.username());

        HttpSession anaBrowser = browserOf(ana);
        String anaTask = anaBrowser.get("/api/tasks").json().get(0).get("id").asText();
        assertThat(anaBrowser.post("/api/tasks/" + anaTask + "/submission",
                Map.of("priorities", "Reciclare", "intendsToSign", "yes")).status()).isEqualTo(204);
        await("the consultation waits for nobody removed").atMost(PATIENCE)
                .until(() -> roundService.round(UUID.fromString(id)).stage() == Stage.DRAFTING);
    }

    @Test
    void shouldSendThePersonalLinkToAFixedAddressAndRefuseTheOldOnes() {
        String id = launchDefinedRound(define());
        HttpSession oldSession = browserOf(dan);
        String oldLink = mailbox.latestLinkTo(dan);
        String participation = participation(id, dan);
        String fixed = "dan.pop-" + suffix + "@eco.example";

        HttpSession.Response response = facilitatorSession.patch("/api/rounds/" + id + "/stakeholders/"
                + participation, Map.of("contactName", "Dan Pop", "email", " Dan.Pop-" + suffix + "@ECO.example "));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("email").asText()).isEqualTo(fixed);
        assertThat(response.json().get("contactName").asText()).isEqualTo("Dan Pop");
        HttpSession newBrowser = browserOf(fixed);
        assertThat(newBrowser.get("/api/tasks").json()).as("the new link works: their task is there").hasSize(1);
        assertThat(HttpSession.anonymous(baseUrl()).open(oldLink).status()).as("the old link").isEqualTo(404);
        assertThat(oldSession.get("/api/tasks").status()).as("the session the old link opened").isEqualTo(401);
        assertThat(mailbox.to(dan)).as("nothing more to the old address").hasSize(1);
        JsonNode entry = entry(id, "ContactFixed");
        assertThat(entry.get("actor").asText()).isEqualTo(facilitator.username());
        assertThat(entry.at("/details/email").asText()).isEqualTo(dan + " → " + fixed);
    }

    @Test
    void shouldEndTheProcessOfACancelledRoundAndTellEveryoneConcerned() {
        String id = launchDefinedRound(define());
        await().atMost(PATIENCE).until(() -> answerTasks(id).size() == 2);
        String reason = "Bugetul județean a fost retras; runda se reia în 2027.";

        HttpSession.Response cancelled = facilitatorSession.delete("/api/rounds/" + id, Map.of("reason", reason));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count())
                .as("no process of the round runs").isZero();
        assertThat(engineTasks.createTaskQuery().processInstanceBusinessKey(id).count()).isZero();
        HistoricProcessInstance main = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(CoCreationRoundProcess.KEY).processInstanceBusinessKey(id).singleResult();
        assertThat(main.getState()).isEqualTo(HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED);
        assertThat(main.getDeleteReason()).contains(reason);
        for (String stakeholder : List.of(ana, dan)) {
            await().atMost(PATIENCE).until(() -> mailbox.to(stakeholder).size() == 2);
            assertThat(Mailbox.text(mailbox.to(stakeholder).get(1))).contains(reason);
        }
        String facilitatorAddress = facilitator.username() + "@copact.test";
        await().atMost(PATIENCE).until(() -> !mailbox.to(facilitatorAddress).isEmpty());
        assertThat(Mailbox.text(mailbox.to(facilitatorAddress).get(0))).contains(reason);
        assertThat(entry(id, "RoundCancelled").get("actor").asText()).isEqualTo(facilitator.username());
        assertThat(facilitatorSession.delete("/api/rounds/" + id, Map.of("reason", reason)).status())
                .as("cancelled once").isEqualTo(409);
        assertThat(facilitatorSession.patch("/api/rounds/" + id, Map.of("title", "Again")).status()).isEqualTo(409);
    }

    @Test
    void shouldRefuseWrongEditsWithEveryFieldErrorAtOnceInTheCallersLanguageAndStoreNothing() {
        String id = define();
        facilitatorSession.get("/rounds?lang=ro");

        HttpSession.Response edit = facilitatorSession.patch("/api/rounds/" + id, Map.of("title", " ",
                "defaultLanguage", "xx", "consultationDeadline", "mâine", "reviewDeadline",
                Instant.now().minus(Duration.ofDays(1)).toString(), "targets", Map.of("answers", -1)));
        HttpSession.Response stakeholder = facilitatorSession.post("/api/rounds/" + id + "/stakeholders",
                TestRounds.stakeholder("", " ", ana.toUpperCase(), "FARMER", "klingon", List.of("BOSS")));
        HttpSession.Response contact = facilitatorSession.patch("/api/rounds/" + id + "/stakeholders/"
                + participation(id, dan), Map.of("contactName", "Dan\u0000", "email", "not-an-email"));
        HttpSession.Response noReason = facilitatorSession.delete("/api/rounds/" + id);
        HttpSession.Response blankReason = facilitatorSession.delete("/api/rounds/" + id, Map.of("reason", "  "));

        assertThat(fields(edit)).containsExactlyInAnyOrder("title", "defaultLanguage", "consultationDeadline",
                "targets.answers");
        assertThat(message(edit, "title")).isEqualTo("nu poate fi gol");
        assertThat(fields(stakeholder)).containsExactlyInAnyOrder("organisation", "contactName", "email", "category",
                "language", "roles[0]");
        assertThat(message(stakeholder, "email")).isEqualTo("apare de mai multe ori în această rundă");
        assertThat(fields(contact)).containsExactlyInAnyOrder("contactName", "email");
        assertThat(fields(noReason)).containsExactly("reason");
        assertThat(fields(blankReason)).containsExactly("reason");
        Round round = roundService.round(UUID.fromString(id));
        assertThat(round.title()).isEqualTo("Pact");
        assertThat(round.status()).isEqualTo(RoundStatus.DEFINED);
        assertThat(emails(id)).containsExactlyInAnyOrder(ana, dan);
        assertThat(facilitatorSession.get("/api/rounds/" + id + "/history").body()).doesNotContain("RoundRevised",
                "StakeholderAdded", "ContactFixed", "RoundCancelled");

        launchDefinedRound(id);
        HttpSession.Response afterLaunch = facilitatorSession.patch("/api/rounds/" + id, Map.of("title", "",
                "languages", List.of("ro", "en", "it"), "signingRule", "MAJORITY", "reminderBefore", "P5D"));
        assertThat(fields(afterLaunch)).containsExactlyInAnyOrder("title", "languages", "signingRule", "reminderBefore");
        assertThat(message(afterLaunch, "languages")).startsWith("nu se mai poate modifica după lansare");
        HttpSession.Response lastSignatory = facilitatorSession.delete("/api/rounds/" + id + "/stakeholders/"
                + participation(id, ana));
        assertThat(fields(lastSignatory)).as("a round keeps a signatory").containsExactly("stakeholders");
        assertThat(emails(id)).containsExactlyInAnyOrder(ana, dan);
    }

    @Test
    void shouldKeepCorrectionsToTheRoundsOwnFacilitators() {
        String id = launchDefinedRound(define());
        HttpSession danBrowser = browserOf(dan);
        String participation = participation(id, dan);
        Caller.Staff other = TestRounds.newRegionWithFacilitator(accounts);
        HttpSession otherFacilitator = HttpSession.loggedIn(baseUrl(), other.username(), other.username());
        Map<String, String> patch = Map.of("title", "Captured");

        assertThat(danBrowser.patch("/api/rounds/" + id, patch).status()).isEqualTo(403);
        assertThat(danBrowser.delete("/api/rounds/" + id, Map.of("reason", "x")).status()).isEqualTo(403);
        assertThat(danBrowser.delete("/api/rounds/" + id + "/stakeholders/" + participation).status()).isEqualTo(403);
        assertThat(otherFacilitator.patch("/api/rounds/" + id, patch).status()).isEqualTo(404);
        assertThat(otherFacilitator.delete("/api/rounds/" + id, Map.of("reason", "x")).status()).isEqualTo(404);
        assertThat(otherFacilitator.post("/api/rounds/" + id + "/stakeholders", TestRounds.stakeholder("Org", "Ion",
                "ion-" + suffix + "@org.example", "SME", "ro", List.of("PARTICIPANT"))).status()).isEqualTo(404);
        assertThat(otherFacilitator.patch("/api/rounds/" + id + "/stakeholders/" + participation,
                Map.of("email", "x-" + suffix + "@org.example")).status()).isEqualTo(404);
        assertThat(otherFacilitator.delete("/api/rounds/" + id + "/stakeholders/" + participation).status())
                .isEqualTo(404);
        assertThat(facilitatorSession.delete("/api/rounds/" + id + "/stakeholders/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        Round round = roundService.round(UUID.fromString(id));
        assertThat(round.title()).isEqualTo("Pact");
        assertThat(round.status()).isEqualTo(RoundStatus.RUNNING);
        assertThat(emails(id)).containsExactlyInAnyOrder(ana, dan);
    }

    private String define() {
        return defineRound(TestRounds.round("Pact", List.of(
                TestRounds.stakeholder("Consiliul Județean Ilfov", "Ana Ionescu", ana, "PUBLIC_AUTHORITY", "ro",
                        TestRounds.ALL_ROLES),
                TestRounds.stakeholder("Eco SRL", "Dan Pop", dan, "SME", "ro", List.of("PARTICIPANT", "REVIEWER")))));
    }

    private HttpSession browserOf(String email) {
        await().atMost(PATIENCE).until(() -> !mailbox.to(email).isEmpty());
        HttpSession browser = HttpSession.anonymous(baseUrl());
        assertThat(browser.open(mailbox.latestLinkTo(email)).status()).isEqualTo(303);
        return browser;
    }

    private List<org.camunda.bpm.engine.task.Task> answerTasks(String id) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey(StakeholderConsultationProcess.TASK_ANSWER_CONSULTATION).list();
    }

    private ProcessInstance consultation(String id) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(StakeholderConsultationProcess.KEY)
                .processInstanceBusinessKey(id).singleResult();
    }

    private List<JsonNode> stakeholders(String id) {
        return StreamSupport.stream(facilitatorSession.get("/api/rounds/" + id).json().get("stakeholders")
                .spliterator(), false).toList();
    }

    private List<String> emails(String id) {
        return stakeholders(id).stream().map(s -> s.get("email").asText()).toList();
    }

    private String participation(String id, String email) {
        return stakeholders(id).stream().filter(s -> s.get("email").asText().equals(email)).findFirst()
                .orElseThrow().get("participationId").asText();
    }

    /** The newest entry of this type in the round's history. */
    private JsonNode entry(String id, String type) {
        List<JsonNode> entries = StreamSupport.stream(facilitatorSession.get("/api/rounds/" + id + "/history").json()
                .spliterator(), false).filter(e -> type.equals(e.get("type").asText())).toList();
        assertThat(entries).as("history entries " + type).isNotEmpty();
        return entries.get(entries.size() - 1);
    }

    private static List<String> fields(HttpSession.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as(response.toString()).isNotNull();
        return StreamSupport.stream(errors.spliterator(), false).map(e -> e.get("field").asText()).toList();
    }

    private static String message(HttpSession.Response response, String field) {
        return StreamSupport.stream(response.json().get("errors").spliterator(), false)
                .filter(e -> e.get("field").asText().equals(field)).findFirst().orElseThrow()
                .get("message").asText();
    }
}
