package org.copact.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.copact.HttpSession;
import org.copact.process.accession.AccessionProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Accessions that end without a signature, over HTTP and SMTP, as a facilitator works them from the
 * round's page in Romanian: the invitation form refuses a mistake whole, with every error, and takes
 * a correct one; a sheet is refused with a reason, an invitation cancelled with one, and each
 * organisation reads why in its own mail program, in its language; an invitation whose due date
 * passes lapses, the organisation and the facilitator told.
 */
class AccessionEndingsOverHttpTests extends AccessionHttpSupport {

    static final Pattern REVIEW_LINK = Pattern.compile("href=\"/my/tasks/([0-9a-f-]{36})\"");

    @Autowired
    ManagementService management;

    String bogdan = "bogdan" + suffix + "@verde.example";
    String carmen = "carmen" + suffix + "@later.example";

    @Test
    void shouldInviteFromTheRoundPageRefuseASheetCancelAnInvitationAndLetOneLapse() throws Exception {
        String roundId = roundInForce();
        String page = "/rounds/" + roundId;
        assertThat(facilitatorSession.get(page + "?lang=ro").body()).contains("Invitați o organizație să adere");
        JdbcTemplate db = new JdbcTemplate(superuser());
        int stakeholders = db.queryForObject("select count(*) from participation where round_id = ?", Integer.class,
                UUID.fromString(roundId));

        // a mistaken invitation: every error at once, in the facilitator's Romanian, and nothing stored
        HttpSession.Response wrong = facilitatorSession.postForm(page + "/accessions", "participationId="
                + "&organisation=Solar+Nou+SRL&contactName=&email=not-an-address&category=SME&language=ro"
                + "&dueDate=2020-01-01");
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(422);
        assertThat(wrong.body()).contains("Organizația nu a fost invitată")
                .contains("Termen: Termenul trebuie să fie după ziua de azi")
                .contains("E-mail: nu este o adresă de email validă").contains("Nume de contact: ")
                .contains("value=\"Solar Nou SRL\"");
        assertThat(db.queryForObject("select count(*) from participation where round_id = ?", Integer.class,
                UUID.fromString(roundId))).as("no stakeholder added").isEqualTo(stakeholders);
        assertThat(list(facilitatorSession.get("/api/rounds/" + roundId + "/accessions").json())).isEmpty();

        // a signatory cannot be invited: the page says why
        String danParticipation = db.queryForObject("select p.id from participation p join stakeholder s on "
                + "s.id = p.stakeholder_id where p.round_id = ? and s.email = ?", UUID.class,
                UUID.fromString(roundId), dan).toString();
        HttpSession.Response signatory = facilitatorSession.postForm(page + "/accessions", "participationId="
                + danParticipation);
        assertThat(signatory.status()).isEqualTo(409);
        assertThat(signatory.body()).contains("Eco SRL a semnat deja acest pact.");

        // the correct invitation, with its due date
        String due = LocalDate.now().plusDays(20).toString();
        HttpSession.Response invited = facilitatorSession.postForm(page + "/accessions", "participationId="
                + "&organisation=Solar+Nou+SRL&contactName=Ana+Nistor&email=" + URLEncoder.encode(ana,
                        StandardCharsets.UTF_8) + "&category=SME&language=ro&dueDate=" + due);
        assertThat(invited.status()).as(invited.toString()).isEqualTo(302);
        JsonNode accession = list(facilitatorSession.get("/api/rounds/" + roundId + "/accessions").json()).get(0);
        assertThat(accession.get("status").asText()).isEqualTo("INVITED");
        assertThat(accession.get("dueAt").asText()).isNotBlank();
        assertThat(facilitatorSession.get(page).body()).contains("Solar Nou SRL").contains("invitată")
                .as("the last day to sign, as Romanian writes a date").contains(
                        java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                                .withLocale(java.util.Locale.forLanguageTag("ro"))
                                .format(LocalDate.parse(due)));

        // the organisation sends its sheet; the round's page leads the facilitator to its review
        await().atMost(PATIENCE).until(() -> !kind(ana, "accession-invitation").isEmpty());
        HttpSession solar = HttpSession.anonymous(baseUrl());
        solar.open(mailbox.latestLinkTo(ana));
        browsers.put(ana, solar);
        submit(ana, "Task_DraftCommitmentSheet", Map.of("commitments", List.of(commitment("40", "2030-12-31"))));
        String desk = facilitatorSession.get(page).body();
        Matcher review = REVIEW_LINK.matcher(desk.substring(desk.indexOf("id=\"desk-accessions\"")));
        assertThat(review.find()).as("a link to the open review").isTrue();
        assertThat(facilitatorSession.get("/my/tasks/" + review.group(1)).status()).isEqualTo(200);

        // refused with a reason: the organisation reads it in its mail, in Romanian, and has nothing left to do
        HttpSession.Response noReason = facilitatorSession.post("/api/tasks/" + review.group(1) + "/submission",
                Map.of("decision", "REFUSE"));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.body()).contains("Spuneți de ce este refuzată fișa");
        HttpSession.Response refused = facilitatorSession.post("/api/tasks/" + review.group(1) + "/submission",
                Map.of("decision", "REFUSE", "reason", "Activitatea voastră nu este în regiune."));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(204);
        String refusal = await().atMost(PATIENCE).until(() -> overImap(ana, "accession-refused"), m -> m != null);
        assertThat(refusal).contains("nu a fost acceptată").contains("Activitatea voastră nu este în regiune.");
        assertThat(list(solar.get("/api/tasks").json())).isEmpty();

        // an invitation cancelled, from the page: without a reason an error; then the organisation is told,
        // in its Italian, and its task is withdrawn; cancelling it again is a conflict in the caller's words
        HttpSession.Response second = facilitatorSession.post("/api/rounds/" + roundId + "/accessions",
                Map.of("organisation", "Verde Srl", "contactName", "Bogdan Rossi", "email", bogdan,
                        "category", "SME", "language", "it"));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        String secondId = second.json().get("id").asText();
        await().atMost(PATIENCE).until(() -> !kind(bogdan, "accession-invitation").isEmpty());
        HttpSession verde = HttpSession.anonymous(baseUrl());
        verde.open(mailbox.latestLinkTo(bogdan));
        waitForTask(verde, "Task_DraftCommitmentSheet");
        HttpSession.Response blank = facilitatorSession.postForm(page + "/accessions/" + secondId
                + "/cancellation", "reason=+");
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.body()).contains("Spuneți de ce este anulată invitația");
        HttpSession.Response cancelled = facilitatorSession.postForm(page + "/accessions/" + secondId
                + "/cancellation", "reason=" + URLEncoder.encode("Verde Srl s-a unit cu Solar Nou.",
                        StandardCharsets.UTF_8));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(302);
        assertThat(list(verde.get("/api/tasks").json())).as("its task withdrawn").isEmpty();
        String cancellation = await().atMost(PATIENCE).until(() -> overImap(bogdan, "accession-cancelled"),
                m -> m != null);
        assertThat(cancellation).contains("annullato").contains("Verde Srl s-a unit cu Solar Nou.");
        HttpSession.Response twice = facilitatorSession.post("/api/rounds/" + roundId + "/accessions/" + secondId
                + "/cancellation", Map.of("reason", "din nou"));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(twice.body()).contains("Această aderare este în starea „invitație anulată”");

        // an invitation due tomorrow: when the timer comes due, it lapses and both sides are told
        HttpSession.Response third = facilitatorSession.post("/api/rounds/" + roundId + "/accessions",
                Map.of("organisation", "Later Ltd", "contactName", "Carmen Lee", "email", carmen,
                        "category", "NGO", "language", "en", "dueDate", LocalDate.now().plusDays(1).toString()));
        assertThat(third.status()).as(third.toString()).isEqualTo(201);
        await().atMost(PATIENCE).until(() -> !kind(carmen, "accession-invitation").isEmpty());
        Job timer = management.createJobQuery().activityId(AccessionProcess.TIMER_ACCESSION_DUE).timers().list()
                .stream().filter(job -> third.json().get("id").asText().equals(runtimeVariable(job))).findFirst()
                .orElseThrow();
        management.setJobDuedate(timer.getId(), new Date());
        await().atMost(PATIENCE).until(() -> overImap(carmen, "accession-lapsed"), m -> m != null);
        assertThat(overImap(carmen, "accession-lapsed")).contains("has lapsed").contains("Later Ltd")
                .as("the last day to sign, not the midnight after it").contains(java.time.format.DateTimeFormatter
                        .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                        .withLocale(java.util.Locale.forLanguageTag("en-150")).format(LocalDate.now().plusDays(1)));
        await().atMost(PATIENCE).until(() -> !kind(facilitator.username() + "@copact.test",
                "facilitator-accession-lapsed").isEmpty());
        assertThat(list(facilitatorSession.get("/api/rounds/" + roundId + "/accessions").json()))
                .extracting(a -> a.get("status").asText()).containsExactly("REFUSED", "CANCELLED", "LAPSED");

        // the history has each end, in the reader's language
        JsonNode history = facilitatorSession.get("/api/rounds/" + roundId + "/history").json();
        assertThat(list(history).stream().filter(e -> "audit".equals(e.get("source").asText()))
                .map(e -> e.get("type").asText()).toList())
                .containsSubsequence("AccessionRefused", "AccessionCancelled", "AccessionLapsed");
        assertThat(facilitatorSession.get(page + "/timeline?type=AccessionCancelled").body())
                .contains("Invitația de aderare a fost anulată: Verde Srl s-a unit cu Solar Nou.");
        assertThat(facilitatorSession.get(page + "/timeline?type=AccessionLapsed").body())
                .contains("Invitația de aderare a expirat nesemnată la termen");
    }

    private String runtimeVariable(Job job) {
        Object id = runtimeService.getVariable(job.getExecutionId(), ProcessVariables.ACCESSION_ID);
        return id == null ? null : id.toString();
    }

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;
}
