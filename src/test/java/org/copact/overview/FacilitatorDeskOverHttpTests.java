package org.copact.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.Mailbox;
import org.copact.TestRounds;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.round.RoundStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The round's page as the facilitator's desk, over HTTP: who holds each open task, by when, and the
 * way to act on it; where each stakeholder stands; what to do next; and the forms that correct the
 * round, which show every mistake and keep what was typed.
 */
class FacilitatorDeskOverHttpTests extends HttpTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    RoundService rounds;
    @Autowired
    TaskService engineTasks;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String ana = "ana-" + suffix + "@cj-ilfov.example";
    private final String dan = "dan-" + suffix + "@eco.example";

    @Test
    void shouldListTheStakeholdersToCheckBeforeTheLaunch() {
        String id = define();

        String page = facilitatorSession.get("/rounds/" + id + "?lang=en").body();

        assertThat(page).contains("Stakeholders to check before launching", ana, dan, "Consiliul Județean Ilfov",
                "Check the 2 stakeholders below", "id=\"launch\"")
                .doesNotContain("class=\"saved\"")
                .doesNotContain("Everyone invited has answered", "Not answered yet", "Progress against targets");
    }

    @Test
    void shouldShowEachOpenTaskWithItsHolderDueDateAndAWayToRemindThem() {
        String id = launchDefinedRound(define());
        await().atMost(PATIENCE).until(() -> engineTasks.createTaskQuery().processInstanceBusinessKey(id).count() == 2);
        Round round = rounds.round(UUID.fromString(id));
        // the day as English writes it, in the round's time zone
        String due = round.consultationDeadline().atZone(round.timeZone())
                .format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH));
        String anaParticipation = participation(id, ana);

        String page = facilitatorSession.get("/rounds/" + id + "?lang=en").body();

        assertThat(page).contains("Ana Ionescu (Consiliul Județean Ilfov)", "Dan Pop (Eco SRL)", due,
                "action=\"/rounds/" + id + "/stakeholders/" + anaParticipation + "/reminder\"",
                "Waiting for 2 stakeholder(s)", "Not answered yet", "New deadline (time zone UTC)")
                .doesNotContain("Stakeholders to check before launching", "(time zone Z)");
        assertThat(page.split("class=\"consultation\">invited<", -1)).as("both invited").hasSize(3);

        HttpSession.Response pressed = facilitatorSession.postForm("/rounds/" + id + "/stakeholders/"
                + anaParticipation + "/reminder", "");

        assertThat(pressed.location()).endsWith("/rounds/" + id + "?remindedOne");
        await().atMost(PATIENCE).until(() -> mailbox.to(ana).size() == 2);
        assertThat(Mailbox.text(mailbox.to(ana).get(1))).contains("Răspundeți la consultare", "/s/");
        assertThat(mailbox.to(dan)).as("only the one reminded").hasSize(1);
        assertThat(facilitatorSession.get("/api/rounds/" + id + "/history").body()).contains("StakeholderReminded");
        assertThat(facilitatorSession.get("/rounds/" + id + "/timeline?lang=it").body())
                .as("the reminder in the reader's language, not in the words it was stored with")
                .contains("Promemoria a un soggetto interessato",
                        "Promemoria di «Rispondere alla consultazione» richiesto")
                .doesNotContain("Reminder of Task_AnswerConsultation requested");
    }

    @Test
    void shouldLinkAStaffTaskFromTheDeskAndListItOnTheStaffsOwnTaskPage() {
        ProcessInstance process = startTestProcess("test-bpmn/dynamic-list.bpmn", "dynamic-list", "Liste " + suffix,
                suffix);
        String id = process.getBusinessKey();
        String task = engineTasks.createTaskQuery().processInstanceId(process.getId()).singleResult().getId();

        String desk = facilitatorSession.get("/rounds/" + id + "?lang=en").body();
        String own = facilitatorSession.get("/rounds/tasks?lang=en").body();
        HttpSession.Response stakeholdersList = facilitatorSession.get("/my/tasks?lang=en");

        assertThat(desk).contains("The facilitators", "href=\"/my/tasks/" + task + "\"", "id=\"next-task\"");
        assertThat(own).contains("href=\"/my/tasks/" + task + "\"", "List the contacts", "Liste " + suffix,
                "href=\"/rounds/tasks\"");
        assertThat(stakeholdersList.status()).isEqualTo(302);
        assertThat(stakeholdersList.location()).endsWith("/rounds/tasks?lang=en");
    }

    @Test
    void shouldEditTheRoundOnItsPageShowingEveryMistakeAndKeepingWhatWasTyped() {
        String id = define();

        HttpSession.Response wrong = facilitatorSession.postForm("/rounds/" + id + "/edit?lang=en",
                form("title", "", "topic", "Energie", "defaultLanguage", "ro", "languages", "ro",
                        "consultationDeadline", "2020-01-01", "reviewDeadline", "x", "signatureDeadline", "",
                        "targetAnswers", "2", "targetSignatories", "1"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("Nothing was changed.", "Title: must not be empty",
                "Consultation deadline: must be in the future", "Review deadline:", "Signature deadline:",
                "value=\"Energie\"");
        assertThat(rounds.round(UUID.fromString(id)).title()).isEqualTo("Pact");

        String edit = facilitatorSession.get("/rounds/" + id + "/edit").body();
        assertThat(edit).contains("value=\"Pact\"");
        HttpSession.Response saved = facilitatorSession.postForm("/rounds/" + id + "/edit",
                form("title", "Pact verde Ilfov", "topic", "", "defaultLanguage", "ro", "languages", "ro",
                        "consultationDeadline", value(edit, "consultationDeadline"),
                        "reviewDeadline", value(edit, "reviewDeadline"),
                        "signatureDeadline", value(edit, "signatureDeadline"), "targetAnswers", "2",
                        "targetSignatories", "1"));
        assertThat(saved.location()).endsWith("/rounds/" + id + "?edited");
        Round round = rounds.round(UUID.fromString(id));
        assertThat(round.title()).isEqualTo("Pact verde Ilfov");
        assertThat(round.targets().answers()).isEqualTo(2);
        assertThat(round.languages()).extracting(l -> l.code()).containsExactly("ro");
    }

    @Test
    void shouldAddFixRemoveAndCancelFromTheRoundsPage() {
        String id = launchDefinedRound(define());
        String ioana = "ioana-" + suffix + "@eco.example";

        HttpSession.Response wrong = facilitatorSession.postForm("/rounds/" + id + "/stakeholders?lang=en",
                form("organisation", "Eco Construcții", "contactName", "", "email", "not-an-email",
                        "category", "SME", "language", "ro"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("The stakeholder was not added.", "Contact name: must not be empty",
                "Email: is not a valid email address", "Roles: must name at least one of",
                "value=\"Eco Construcții\"");
        HttpSession.Response added = facilitatorSession.postForm("/rounds/" + id + "/stakeholders",
                form("organisation", "Eco Construcții", "contactName", "Ioana Popescu", "email", ioana,
                        "category", "SME", "language", "ro", "roles", "PARTICIPANT"));
        assertThat(added.location()).endsWith("?added");
        await().atMost(PATIENCE).until(() -> !mailbox.to(ioana).isEmpty());

        String ioanaParticipation = participation(id, ioana);
        String fixed = "ioana.popescu-" + suffix + "@eco.example";
        assertThat(facilitatorSession.postForm("/rounds/" + id + "/stakeholders/" + ioanaParticipation + "/contact",
                form("contactName", "Ioana Popescu", "email", fixed)).location()).endsWith("?contactFixed");
        await().atMost(PATIENCE).until(() -> !mailbox.to(fixed).isEmpty());
        assertThat(facilitatorSession.postForm("/rounds/" + id + "/stakeholders/" + participation(id, dan)
                + "/remove", "").location()).endsWith("?removed");
        assertThat(emails(id)).containsExactlyInAnyOrder(ana, fixed);

        HttpSession.Response noReason = facilitatorSession.postForm("/rounds/" + id + "/cancel?lang=en",
                form("reason", " "));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("Reason: must not be empty");
        assertThat(facilitatorSession.postForm("/rounds/" + id + "/cancel", form("reason", "Bugetul a fost retras."))
                .location()).endsWith("?cancelled");
        assertThat(rounds.round(UUID.fromString(id)).status()).isEqualTo(RoundStatus.CANCELLED);
        String page = facilitatorSession.get("/rounds/" + id + "?cancelled&lang=en").body();
        assertThat(page).contains("This round was cancelled: Bugetul a fost retras.", "Cancelled",
                "The round was cancelled; everyone concerned is told by mail.")
                .doesNotContain("The reminders are on their way.")
                .doesNotContain("Not answered yet", "id=\"cancel-round\"", "id=\"add-stakeholder\"");
    }

    private String define() {
        return defineRound(TestRounds.round("Pact", List.of(
                TestRounds.stakeholder("Consiliul Județean Ilfov", "Ana Ionescu", ana, "PUBLIC_AUTHORITY", "ro",
                        TestRounds.ALL_ROLES),
                TestRounds.stakeholder("Eco SRL", "Dan Pop", dan, "SME", "ro", List.of("PARTICIPANT", "REVIEWER")))));
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

    private static String value(String page, String inputId) {
        int at = page.indexOf("id=\"" + inputId + "\"");
        int value = page.indexOf("value=\"", at) + "value=\"".length();
        return page.substring(value, page.indexOf('"', value));
    }

    private static String form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
