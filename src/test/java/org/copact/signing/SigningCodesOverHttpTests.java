package org.copact.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.Mailbox;
import org.copact.TestRounds;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.process.ProcessVariables;
import org.copact.process.signature.PactSignatureProcess;
import org.copact.process.signature.SignatureRules;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A signatory signs with a one-time code mailed to them, over real HTTP and SMTP: they ask for it,
 * read it in their mail, and send it with the hash their page showed. A wrong code five times locks
 * the task, an expired code and a stale hash are refused, codes are limited an hour, and the code is
 * nowhere in the database in clear.
 */
class SigningCodesOverHttpTests extends HttpTestSupport {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) CopactTests/1.0";

    @Autowired
    RoundService rounds;
    @Autowired
    PactService pacts;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;

    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String ana;
    String maria;
    Round round;
    PactVersion earlier;
    PactVersion version;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    /** Copact's clock, which a test moves forward as time would pass. */
    static class MovableClock extends Clock {
        private volatile Duration ahead = Duration.ZERO;

        void forward(Duration by) {
            ahead = ahead.plus(by);
        }

        void reset() {
            ahead = Duration.ZERO;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }

    @Autowired
    private SignatureRules signatureRules;

    @BeforeEach
    void roundAtItsSignature() {
        ana = "ana" + suffix + "@cj-ilfov.example";
        maria = "maria" + suffix + "@cluster.example";
        round = rounds.define(TestRounds.round("Pactul verde Otopeni " + suffix, TestRounds.fiveStakeholders(suffix)),
                facilitator);
        earlier = pacts.publish(round.id(), "Versiunea 1: 10% mai puțină energie.", null, facilitator.username());
        version = pacts.publish(round.id(), "Versiunea 2: 20% mai puțină energie până în 2030.", "Ținta mărită",
                facilitator.username());
        runtime.startProcessInstanceByKey(PactSignatureProcess.KEY, round.id().toString(), Map.of(
                ProcessVariables.ROUND_ID, round.id().toString(),
                ProcessVariables.PACT_VERSION_ID, version.id().toString(),
                ProcessVariables.FACILITATOR_GROUP, ProcessVariables.facilitatorGroup(facilitator.regionId()),
                ProcessVariables.PACT_DECLINED, false,
                ProcessVariables.SIGNATURE_DEADLINE, signatureRules.deadline(round.id().toString()),
                ProcessVariables.SIGNATURE_REMINDER_AT, signatureRules.reminderAt(round.id().toString()),
                ProcessVariables.SIGNATURE_REOPENED, false));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldSignWithTheCodeMailedOnRequestAndRecordHowAndFromWhere() {
        HttpSession browser = signatory(ana);
        String taskId = signatureTask(browser);
        JsonNode form = browser.get("/api/tasks/" + taskId + "/form").json();
        assertThat(form.at("/context/pactVersion/sha256").asText()).isEqualTo(version.sha256());
        assertThat(form.at("/context/pactVersion/pdf").asText()).isEqualTo("/my/pact/versions/2/pdf");

        HttpSession.Response sent = browser.post("/api/tasks/" + taskId + "/signing-code", "");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(sent.json().get("sentTo").asText()).isEqualTo("an…@cj-ilfov.example");
        assertThat(sent.json().get("validMinutes").asInt()).isEqualTo(10);
        String code = mailbox.signingCodeTo(ana, 1);
        MimeMessage mail = mailbox.signingCodeMailsTo(ana).get(0);
        assertThat(Mailbox.text(mail)).as("in Ana's Romanian").contains("Este valabil 10 minute")
                .contains("versiunea 2").doesNotContain("/s/");

        HttpSession.Response signed = browser.postWithUserAgent("/api/tasks/" + taskId + "/submission",
                Map.of("sha256", version.sha256(), "decision", "SIGN", "code", code), USER_AGENT);
        assertThat(signed.status()).as(signed.toString()).isEqualTo(204);

        Map<String, Object> row = jdbc.queryForMap("select method, ip_address, user_agent, signing_code_id, sha256 "
                + "from signature where pact_version_id = ?", version.id());
        assertThat(row.get("method")).isEqualTo("LINK_AND_CODE");
        assertThat(row.get("ip_address")).isEqualTo("127.0.0.1");
        assertThat(row.get("user_agent")).isEqualTo(USER_AGENT);
        assertThat(row.get("signing_code_id")).isNotNull();
        assertThat(row.get("sha256")).isEqualTo(version.sha256());
        assertThat(textColumnsHolding(code)).as("the code is kept nowhere in clear").isEmpty();
        assertThat(jdbc.queryForObject("select code_hash from signing_code where id = ?", String.class,
                row.get("signing_code_id"))).hasSize(64).doesNotContain(code);
    }

    @Test
    void shouldNeverKeepTheTextOfACodeMailForARetryEvenWhenItsRecordIsLost() {
        // the server takes the code's mail, then recording it fails (as in a crash at that moment): a
        // mail kept for a retry would hold the code in clear, which is stored only as a hash
        JdbcTemplate superuser = new JdbcTemplate(superuser());
        superuser.execute("""
                create function lose_code_record() returns trigger language plpgsql as $$
                begin
                    raise exception 'the record of this mail is lost';
                end $$""");
        superuser.execute("create trigger lose_code_record before insert on sent_mail for each row "
                + "when (new.kind = 'signing-code') execute function lose_code_record()");
        try {
            HttpSession browser = signatory(ana);
            String taskId = signatureTask(browser);
            assertThat(browser.post("/api/tasks/" + taskId + "/signing-code", "").status()).isNotEqualTo(200);
            String code = mailbox.signingCodeTo(ana, 1);
            assertThat(jdbc.queryForObject("select count(*) from mail_attempt where kind = 'signing-code' "
                    + "or position(convert_to(?, 'UTF8') in message) > 0", Integer.class, code))
                    .as("no copy of the code's mail waits in the database").isZero();
        } finally {
            superuser.execute("drop trigger lose_code_record on sent_mail");
            superuser.execute("drop function lose_code_record()");
        }
    }

    @Test
    void shouldLockSigningAfterFiveWrongCodesWithAClearMessage() {
        HttpSession browser = signatory(maria);
        String taskId = signatureTask(browser);
        assertThat(browser.post("/api/tasks/" + taskId + "/signing-code", "").status()).isEqualTo(200);
        String code = mailbox.signingCodeTo(maria, 1);
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int left = 4; left >= 1; left--) {
            HttpSession.Response refused = sign(browser, taskId, version.sha256(), wrong);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(error(refused, "code")).as("in Maria's Bulgarian").isEqualTo(
                    "Това не е кодът, който ви изпратихме. Оставащи опити: " + left + ".");
        }
        HttpSession.Response fifth = sign(browser, taskId, version.sha256(), wrong);
        assertThat(error(fifth, "code")).startsWith("Твърде много грешни кодове: подписването на тази задача е "
                + "блокирано до");

        HttpSession.Response right = sign(browser, taskId, version.sha256(), code);
        assertThat(right.status()).as("locked: not even the right code").isEqualTo(400);
        assertThat(error(right, "code")).startsWith("Твърде много грешни кодове");
        HttpSession.Response another = browser.post("/api/tasks/" + taskId + "/signing-code", "");
        assertThat(another.status()).isEqualTo(429);
        assertThat(another.json().get("detail").asText()).startsWith("Твърде много грешни кодове");
        assertThat(signatureTask(browser)).as("nothing signed, the task is open").isEqualTo(taskId);

        // the lock ends after a while: a new code then signs
        clock.forward(Duration.ofMinutes(31));
        assertThat(browser.post("/api/tasks/" + taskId + "/signing-code", "").status()).isEqualTo(200);
        assertThat(sign(browser, taskId, version.sha256(), mailbox.signingCodeTo(maria, 2)).status()).isEqualTo(204);
    }

    @Test
    void shouldRefuseAnExpiredCode() {
        HttpSession browser = signatory(ana);
        String taskId = signatureTask(browser);
        browser.post("/api/tasks/" + taskId + "/signing-code", "");
        String code = mailbox.signingCodeTo(ana, 1);

        clock.forward(Duration.ofMinutes(10).plusSeconds(1));
        HttpSession.Response late = sign(browser, taskId, version.sha256(), code);

        assertThat(late.status()).isEqualTo(400);
        assertThat(error(late, "code")).isEqualTo("Acest cod a expirat: un cod este valabil 10 minute. Cereți unul nou.");
        assertThat(signatureTask(browser)).isEqualTo(taskId);
    }

    @Test
    void shouldRefuseMoreThanFiveCodesAnHour() {
        HttpSession browser = signatory(ana);
        String taskId = signatureTask(browser);
        for (int i = 1; i <= 5; i++) {
            assertThat(browser.post("/api/tasks/" + taskId + "/signing-code", "").status()).isEqualTo(200);
        }
        await().atMost(PATIENCE).until(() -> mailbox.signingCodeMailsTo(ana).size() == 5);

        HttpSession.Response sixth = browser.post("/api/tasks/" + taskId + "/signing-code?lang=en", "");

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.contentType()).startsWith("application/problem+json");
        assertThat(sixth.json().get("detail").asText())
                .startsWith("You asked for 5 codes within an hour, the most allowed. You can ask for a new one from");
        assertThat(mailbox.signingCodeMailsTo(ana)).as("no sixth code mailed").hasSize(5);

        clock.forward(Duration.ofMinutes(61));
        assertThat(browser.post("/api/tasks/" + taskId + "/signing-code", "").status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseAHashThatIsNotTheVersionPutToSignatureAndKeepTheCode() {
        HttpSession browser = signatory(ana);
        String taskId = signatureTask(browser);
        browser.post("/api/tasks/" + taskId + "/signing-code", "");
        String code = mailbox.signingCodeTo(ana, 1);

        HttpSession.Response stale = sign(browser, taskId, earlier.sha256(), code);

        assertThat(stale.status()).isEqualTo(400);
        assertThat(error(stale, "sha256")).isEqualTo("Versiunea supusă semnării s-a schimbat de când pagina v-a "
                + "arătat-o (SHA-256 " + earlier.sha256() + "): acum se semnează versiunea 2, SHA-256 "
                + version.sha256() + ". Citiți-o și confirmați din nou.");
        assertThat(jdbc.queryForObject("select count(*) from signature where round_id = ?", Integer.class,
                round.id())).isZero();
        assertThat(sign(browser, taskId, version.sha256(), code).status()).as("the code was not spent").isEqualTo(204);
    }

    @Test
    void shouldSignOnThePageWithTheHashItShowedAndACodeAskedForThere() {
        HttpSession browser = signatory(maria);
        String taskId = signatureTask(browser);
        Document page = Jsoup.parse(browser.get("/my/tasks/" + taskId).body());
        assertThat(page.select("code").text()).contains(version.sha256());
        assertThat(page.selectFirst("a[type=application/pdf]").attr("href")).endsWith("/my/pact/versions/2/pdf");
        assertThat(page.selectFirst("input[type=hidden][name=sha256]").val()).isEqualTo(version.sha256());
        assertThat(page.select("input[name=sha256]")).as("nothing to retype").hasSize(1);

        HttpSession.Response asked = browser.postForm("/my/tasks/" + taskId, "action=code&decision=SIGN&sha256="
                + version.sha256());
        assertThat(asked.status()).isEqualTo(200);
        assertThat(Jsoup.parse(asked.body()).getElementById("code-sent").text()).contains("ma…@cluster.example");
        String code = mailbox.signingCodeTo(maria, 1);
        assertThat(Mailbox.text(mailbox.signingCodeMailsTo(maria).get(0))).as("in Maria's Bulgarian")
                .contains("Валиден е 10 минути");
        String mistyped = code.equals("999999") ? "999998" : "999999";
        HttpSession.Response wrong = browser.postForm("/my/tasks/" + taskId, "action=submit&decision=SIGN&code="
                + mistyped + "&sha256=" + version.sha256());
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(textColumnsHolding(mistyped)).as("a code typed is kept in no draft").isEmpty();

        HttpSession.Response signed = browser.postForm("/my/tasks/" + taskId, "action=submit&decision=SIGN&code="
                + code + "&sha256=" + URLEncoder.encode(page.selectFirst("input[name=sha256]").val(),
                        StandardCharsets.UTF_8));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(302);
        assertThat(signed.location()).endsWith("/my/tasks/" + taskId + "/done");
        assertThat(jdbc.queryForObject("select method from signature where pact_version_id = ?", String.class,
                version.id())).isEqualTo("LINK_AND_CODE");
        assertThat(textColumnsHolding(code)).as("not even in a draft").isEmpty();
    }

    private HttpSession signatory(String address) {
        await().atMost(PATIENCE).until(() -> mailbox.to(address).stream().anyMatch(m -> kind(m).equals(
                "signature-request")));
        HttpSession browser = HttpSession.anonymous(baseUrl());
        assertThat(browser.open(mailbox.latestLinkTo(address)).status()).isEqualTo(303);
        return browser;
    }

    private static String signatureTask(HttpSession browser) {
        return await().atMost(PATIENCE).until(() -> StreamSupport.stream(browser.get("/api/tasks").json()
                .spliterator(), false).filter(t -> t.get("taskKey").asText().equals(PactSignatureProcess.TASK_SIGN_PACT))
                .map(t -> t.get("id").asText()).findFirst().orElse(null), id -> id != null);
    }

    private static HttpSession.Response sign(HttpSession browser, String taskId, String sha256, String code) {
        return browser.post("/api/tasks/" + taskId + "/submission", Map.of("sha256", sha256, "decision", "SIGN",
                "code", code));
    }

    private static String error(HttpSession.Response response, String field) {
        return StreamSupport.stream(response.json().get("errors").spliterator(), false)
                .filter(e -> e.get("field").asText().equals(field)).map(e -> e.get("message").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + field + " in " + response));
    }

    /** Every text column of Copact's own tables (not the engine's) that holds this text, as table.column. */
    private List<String> textColumnsHolding(String text) {
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name from "
                + "information_schema.columns where table_schema = current_schema() and table_name not like 'act\\_%' "
                + "and data_type in ('text', 'character varying', 'character', 'jsonb')");
        return columns.stream().filter(c -> jdbc.queryForObject("select count(*) from " + c.get("table_name")
                + " where cast(" + c.get("column_name") + " as text) like ?", Integer.class, "%" + text + "%") > 0)
                .map(c -> c.get("table_name") + "." + c.get("column_name")).toList();
    }

    private static String kind(MimeMessage message) {
        try {
            String kind = message.getHeader("X-Copact-Kind", null);
            return kind == null ? "" : kind;
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
