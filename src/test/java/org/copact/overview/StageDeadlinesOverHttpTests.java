package org.copact.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.Mailbox;
import org.copact.TestRounds;
import org.copact.identity.StaffRole;
import org.copact.process.consultation.StakeholderConsultationProcess;
import org.copact.round.RoundDefinition;
import org.copact.round.RoundTimes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A facilitator moves the deadline of the running consultation, or closes it now, over HTTP: the
 * timers move in the engine, those with an open task are mailed in their language, and every
 * mistake is a field error or a problem in the caller's language.
 */
class StageDeadlinesOverHttpTests extends HttpTestSupport {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final ZoneOffset ROUND_ZONE = ZoneOffset.ofHours(2);
    /** what Camunda's REST API writes dates as */
    static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String giulia = "giulia" + suffix + "@verde.example";
    private final String elena = "elena" + suffix + "@primaria.example";
    private final String jan = "jan" + suffix + "@mentor.example";

    @Test
    void shouldExtendTheConsultationMoveItsTimersAndTellThoseWhoHaveNotAnswered() throws Exception {
        String roundId = launchRound("Patto verde " + suffix);
        Instant deadline = Instant.parse(round(roundId).get("consultationDeadline").asText());
        LocalDateTime wanted = deadline.atOffset(ROUND_ZONE).toLocalDateTime().plusDays(3).truncatedTo(ChronoUnit.MINUTES);
        Instant moved = wanted.atOffset(ROUND_ZONE).toInstant();
        int janMails = mailbox.to(jan).size();

        HttpSession.Response extended = facilitatorSession.post("/api/rounds/" + roundId
                + "/deadlines/consultation/extension", Map.of("deadline", wanted.toString(),
                "reason", "Più tempo per le associazioni"));

        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(Instant.parse(extended.json().get("consultationDeadline").asText()))
                .as("a date without offset is read in the round's time zone").isEqualTo(moved);
        HttpSession admin = administrator();
        String consultation = admin.get("/engine-rest/process-instance?businessKey=" + roundId
                + "&processDefinitionKey=" + StakeholderConsultationProcess.KEY).json().get(0).get("id").asText();
        assertThat(jobDue(admin, consultation, StakeholderConsultationProcess.TIMER_DEADLINE)).isEqualTo(moved);
        assertThat(jobDue(admin, consultation, StakeholderConsultationProcess.TIMER_REMINDER))
                .as("two days before, the round's reminder duration").isEqualTo(moved.minus(Duration.ofDays(2)));

        await().atMost(PATIENCE).until(() -> mailbox.to(giulia).size() == 2);
        MimeMessage told = mailbox.to(giulia).get(1);
        assertThat(told.getSubject()).isEqualTo("Nuova scadenza per la consultazione su Patto verde " + suffix);
        assertThat(Mailbox.text(told)).contains(RoundTimes.format(moved, ROUND_ZONE, Locale.ITALIAN))
                .contains("Il motivo indicato: Più tempo per le associazioni")
                .contains("/s/");
        await().atMost(PATIENCE).until(() -> mailbox.to(elena).size() == 2);
        assertThat(mailbox.to(elena).get(1).getSubject()).as("in Romanian")
                .isEqualTo("Termen nou pentru consultarea privind Patto verde " + suffix);
        assertThat(mailbox.to(jan)).as("a mentor has no task in the consultation").hasSize(janMails);
        assertThat(list(facilitatorSession.get("/api/rounds/" + roundId + "/history").json()))
                .anySatisfy(e -> {
                    assertThat(e.path("type").asText()).isEqualTo("DeadlineExtended");
                    assertThat(e.path("actor").asText()).isEqualTo(facilitator.username());
                });
        for (Locale reader : List.of(Locale.ITALIAN, Locale.forLanguageTag("ro"))) {
            Document history = Jsoup.parse(facilitatorSession.get("/rounds/" + roundId + "/timeline?lang="
                    + reader.getLanguage()).body());
            assertThat(history.text()).as("the history in " + reader + " says the deadlines as its language writes them")
                    .contains(RoundTimes.format(deadline, ROUND_ZONE, reader) + " "
                            + (reader == Locale.ITALIAN ? "a" : "la") + " " + RoundTimes.format(moved, ROUND_ZONE, reader))
                    .doesNotContain(moved.toString());
            assertThat(history.select("ol.timeline time").eachText()).as("each line's moment, in the round's zone")
                    .isNotEmpty().allSatisfy(at -> assertThat(at).doesNotContain("UTC").doesNotContain("T"))
                    .contains(RoundTimes.formatInList(Instant.parse(history.selectFirst("ol.timeline time")
                            .attr("datetime")), ROUND_ZONE, reader));
        }
        assertThat(RoundTimes.format(moved, ROUND_ZONE, Locale.ITALIAN))
                .as("written in Italian, in the round's zone")
                .contains(" " + wanted.format(DateTimeFormatter.ofPattern("MMMM yyyy, HH:mm", Locale.ITALIAN)) + " (UTC+02:00)");
    }

    @Test
    void shouldRefuseWrongExtensionsWithFieldErrorsInTheCallersLanguage() {
        String roundId = launchRound("Patto sbagliato " + suffix);
        Instant deadline = Instant.parse(round(roundId).get("consultationDeadline").asText());
        HttpSession italian = facilitatorSession.speaking("it");
        String path = "/api/rounds/" + roundId + "/deadlines/consultation/extension";

        assertThat(fieldError(italian.post(path, Map.of("deadline", "domani alle cinque")), "deadline"))
                .isEqualTo("Indicate una data e un’ora, per esempio 2027-03-01T17:00.");
        assertThat(fieldError(italian.post(path, Map.of("deadline", Instant.now().minus(Duration.ofHours(1))
                .toString())), "deadline")).isEqualTo("La nuova scadenza deve essere nel futuro.");
        assertThat(fieldError(italian.post(path, Map.of("deadline", Instant.now().plus(Duration.ofDays(400))
                .toString())), "deadline")).isEqualTo("La nuova scadenza può essere al massimo fra 366 giorni.");
        assertThat(fieldError(italian.post(path, Map.of("deadline", deadline.minus(Duration.ofDays(1)).toString())),
                "deadline")).startsWith("La nuova scadenza deve essere successiva a quella attuale");
        assertThat(fieldError(italian.post(path, Map.of()), "deadline")).isEqualTo("Indicate la nuova scadenza.");
        assertThat(fieldError(italian.post(path, Map.of("deadline", deadline.plus(Duration.ofDays(1)).toString(),
                "reason", "x".repeat(501))), "reason")).isEqualTo("Il motivo può avere al massimo 500 caratteri.");

        HttpSession.Response notRunning = italian.post("/api/rounds/" + roundId + "/deadlines/review/extension",
                Map.of("deadline", deadline.plus(Duration.ofDays(30)).toString()));
        assertThat(notRunning.status()).isEqualTo(409);
        assertThat(notRunning.contentType()).startsWith("application/problem+json");
        assertThat(notRunning.json().get("detail").asText()).startsWith("La fase Revisione non è in corso");
        assertThat(italian.post("/api/rounds/" + roundId + "/deadlines/drafting/extension",
                Map.of("deadline", deadline.plus(Duration.ofDays(1)).toString())).status()).isEqualTo(404);
        assertThat(italian.post(path, "{\"deadline\": [1]}").status()).isEqualTo(400);

        assertThat(Instant.parse(round(roundId).get("consultationDeadline").asText())).as("nothing moved")
                .isEqualTo(deadline);
        HttpSession.Response page = italian.postForm("/rounds/" + roundId + "/deadlines/consultation/extension",
                "deadline=&reason=");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("Indicate la nuova scadenza.");
    }

    @Test
    void shouldCloseTheConsultationEarlyAndRecordWhoDidIt() throws Exception {
        String roundId = launchRound("Patto chiuso " + suffix);

        HttpSession.Response closed = facilitatorSession.post("/api/rounds/" + roundId + "/stages/consultation/closing",
                "");

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> round(roundId).get("stage").asText().equals("DRAFTING"));
        assertThat(round(roundId).at("/figures/noAnswer").asInt()).as("those who had not answered are marked")
                .isEqualTo(2);
        await().atMost(PATIENCE).until(() -> mailbox.to(giulia).size() == 2);
        assertThat(mailbox.to(giulia).get(1).getSubject()).as("the deadline notice, in Italian")
                .contains("Patto chiuso " + suffix);
        assertThat(list(facilitatorSession.get("/api/rounds/" + roundId + "/history").json()))
                .anySatisfy(e -> {
                    assertThat(e.path("type").asText()).isEqualTo("StageClosedEarly");
                    assertThat(e.path("actor").asText()).isEqualTo(facilitator.username());
                });

        HttpSession.Response again = facilitatorSession.post("/api/rounds/" + roundId + "/stages/consultation/closing",
                "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("detail").asText()).contains("is not running");
    }

    private String launchRound(String title) {
        OffsetDateTime now = OffsetDateTime.now(ROUND_ZONE).truncatedTo(ChronoUnit.MINUTES);
        RoundDefinition definition = new RoundDefinition(title, "Energia", null, "it", List.of("it", "ro", "en"),
                now.plusDays(14).toString(), "P2D", now.plusDays(28).toString(), now.plusDays(42).toString(), "ALL",
                null, List.of(
                        TestRounds.stakeholder("Verde Associazione", "Giulia Rossi", giulia, "NGO", "it",
                                List.of("PARTICIPANT", "SIGNATORY")),
                        TestRounds.stakeholder("Primăria Ilfov", "Elena Dobre", elena, "PUBLIC_AUTHORITY", "ro",
                                List.of("PARTICIPANT", "SIGNATORY")),
                        TestRounds.stakeholder("Mentor BV", "Jan de Vries", jan, "EXPERT", "en", List.of("MENTOR"))));
        String roundId = launchRound(definition);
        await().atMost(PATIENCE).until(() -> !mailbox.to(giulia).isEmpty() && !mailbox.to(elena).isEmpty());
        return roundId;
    }

    private JsonNode round(String roundId) {
        return facilitatorSession.get("/api/rounds/" + roundId).json();
    }

    private static Instant jobDue(HttpSession admin, String processInstanceId, String timer) {
        JsonNode jobs = admin.get("/engine-rest/job?processInstanceId=" + processInstanceId + "&activityId=" + timer)
                .json();
        assertThat(jobs).as("the job of " + timer).hasSize(1);
        return OffsetDateTime.parse(jobs.get(0).get("dueDate").asText(), ENGINE_DATE).toInstant();
    }

    private static String fieldError(HttpSession.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return list(response.json().get("errors")).stream().filter(e -> e.get("field").asText().equals(field))
                .map(e -> e.get("message").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("no error of " + field + " in " + response));
    }

    private HttpSession administrator() {
        String admin = "admin-" + suffix;
        accounts.ensureUser(admin, admin, "Administrator", StaffRole.ADMIN, null, null);
        return HttpSession.loggedIn(baseUrl(), admin, admin);
    }

    private static List<JsonNode> list(JsonNode array) {
        return new ArrayList<>(StreamSupport.stream(array.spliterator(), false).toList());
    }
}
