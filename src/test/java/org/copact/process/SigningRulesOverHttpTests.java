package org.copact.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copact.TestRounds.stakeholder;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.Mailbox;
import org.copact.TestRounds;
import org.copact.process.signature.PactSignatureProcess;
import org.copact.round.RoundDefinition;
import org.junit.jupiter.api.Test;

/**
 * A round with the rule "every public authority plus N others", defined and signed over HTTP: a
 * signatory who signed hears by mail that their signature lapsed when a decline reopens drafting,
 * and the link of their signature request then says what happened, in their language.
 */
class SigningRulesOverHttpTests extends HttpTestSupport {

    static final Duration PATIENCE = Duration.ofSeconds(90);
    static final Pattern LINK = Pattern.compile("/s/[A-Za-z0-9_-]{20,}");

    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String authority = "primaria" + suffix + "@ilfov.example";
    String sme = "eco" + suffix + "@eco.example";
    String ngo = "verde" + suffix + "@verde.example";

    @Test
    void shouldTellASignerThatTheirSignatureLapsedWhenADeclineReopensDraftingAndExplainTheirOldLink() {
        RoundDefinition base = TestRounds.round("Pactul verde " + suffix, List.of(
                stakeholder("Primăria Ilfov", "Elena Dobre", authority, "PUBLIC_AUTHORITY", "ro", TestRounds.ALL_ROLES),
                stakeholder("Eco SRL", "Dan Pop", sme, "SME", "ro", List.of("SIGNATORY")),
                stakeholder("Asociația Verde", "Ioana Mihai", ngo, "NGO", "ro", List.of("SIGNATORY"))));

        HttpSession.Response tooMany = facilitatorSession.post("/api/rounds",
                base.withSigning("AUTHORITIES_PLUS_QUORUM", 3, null));
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(400);
        assertThat(tooMany.contentType()).startsWith("application/problem+json");
        assertThat(tooMany.body()).contains("signingQuorum")
                .contains("must be at most 2, the number of signatories that are not public authorities");

        HttpSession.Response defined = facilitatorSession.post("/api/rounds",
                base.withSigning("AUTHORITIES_PLUS_QUORUM", 1, null));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        String roundId = defined.json().get("id").asText();
        JsonNode round = facilitatorSession.get("/api/rounds/" + roundId).json();
        assertThat(round.get("signingRule").asText()).isEqualTo("AUTHORITIES_PLUS_QUORUM");
        assertThat(round.at("/signing/quorum").asInt()).isEqualTo(1);
        assertThat(facilitatorSession.get("/rounds/" + roundId).body()).as("the rule on the round's page")
                .containsAnyOf("at least 1 of the other signatories", "cel puțin 1 dintre ceilalți semnatari");
        assertThat(facilitatorSession.post("/api/rounds/" + roundId + "/launch", "").status()).isEqualTo(200);

        HttpSession authorityBrowser = openLatestLink(authority);
        submitOnlyTask(authorityBrowser, "Task_AnswerConsultation", Map.of("priorities", "Energie", "intendsToSign", "yes"));
        submitOnlyTask(facilitatorSession, "Task_DraftPact", Map.of("pactText", "Pactul verde, versiunea 1.",
                "changeSummary", "-"));
        submitOnlyTask(authorityBrowser, "Task_ReviewDraft", Map.of("decision", "APPROVE"));
        submitOnlyTask(facilitatorSession, "Task_DecideOnReview", Map.of("outcome", "FINALISE"));

        // the SME signs through the link of its signature request, which names the rule
        MimeMessage request = await().atMost(PATIENCE).until(() -> mailbox.to(sme).stream()
                .filter(m -> Mailbox.text(m).contains("versiunea 1")).findFirst().orElse(null), m -> m != null);
        assertThat(Mailbox.text(request)).contains("cel puțin 1 dintre ceilalți semnatari");
        String requestLink = linkIn(request);
        HttpSession smeBrowser = HttpSession.anonymous(baseUrl());
        assertThat(smeBrowser.open(requestLink).status()).isEqualTo(303);
        JsonNode smeTask = waitForTask(smeBrowser, PactSignatureProcess.TASK_SIGN_PACT);
        JsonNode form = smeBrowser.get("/api/tasks/" + smeTask.get("id").asText() + "/form").json();
        assertThat(form.at("/context/signingRule/rule").asText()).isEqualTo("AUTHORITIES_PLUS_QUORUM");
        assertThat(smeBrowser.get("/my/tasks/" + smeTask.get("id").asText()).body())
                .as("the rule on the signing page, in Romanian").contains("cel puțin 1 dintre ceilalți semnatari");
        String sha256 = form.at("/context/pactVersion/sha256").asText();
        signWithCode(smeBrowser, sme, Map.of("sha256", sha256, "decision", "SIGN"));

        // the authority declines: the rule cannot be met, drafting reopens
        signWithCode(authorityBrowser, authority, Map.of("sha256", sha256,
                "decision", "DECLINE", "reason", "Clauza 2 trebuie revăzută."));
        await().atMost(PATIENCE).until(() -> facilitatorSession.get("/api/rounds/" + roundId).json().get("stage")
                .asText().equals("DRAFTING"));

        MimeMessage lapsed = await().atMost(PATIENCE).until(() -> mailbox.to(sme).stream()
                .filter(m -> subject(m).contains("a expirat")).findFirst().orElse(null), m -> m != null);
        assertThat(Mailbox.text(lapsed)).contains("Eco SRL a semnat versiunea 1")
                .contains("veți fi rugat(ă) să semnați versiunea nouă");
        assertThat(mailbox.to(ngo).stream().map(SigningRulesOverHttpTests::subject))
                .as("the open request is withdrawn").anyMatch(s -> s.contains("a fost retrasă"));

        HttpSession later = HttpSession.anonymous(baseUrl());
        assertThat(later.open(requestLink).status()).as("the old link still opens the SME's page").isEqualTo(303);
        HttpSession.Response list = later.get("/my/tasks");
        assertThat(list.body()).as("what happened, instead of no open task")
                .contains("Ați semnat această versiune, dar a fost retrasă");
        HttpSession.Response oldTask = later.get("/my/tasks/" + smeTask.get("id").asText());
        assertThat(oldTask.status()).isEqualTo(410);
        assertThat(oldTask.body()).contains("semnătura dumneavoastră a expirat");
        JsonNode history = facilitatorSession.get("/api/rounds/" + roundId + "/history").json();
        assertThat(history.toString()).contains("SignatureDeclined").contains("SignatureLapsed");
    }

    private HttpSession openLatestLink(String address) {
        await().atMost(PATIENCE).until(() -> !mailbox.to(address).isEmpty());
        HttpSession browser = HttpSession.anonymous(baseUrl());
        assertThat(browser.open(mailbox.latestLinkTo(address)).status()).isEqualTo(303);
        return browser;
    }

    private static String linkIn(MimeMessage message) {
        Matcher link = LINK.matcher(Mailbox.text(message));
        assertThat(link.find()).as("a personal link in the mail").isTrue();
        return link.group();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signature or decline with the one-time code the signatory asks for and reads in their mail. */
    private void signWithCode(HttpSession browser, String address, Map<String, Object> values) {
        JsonNode task = waitForTask(browser, PactSignatureProcess.TASK_SIGN_PACT);
        HttpSession.Response done = submitWithSigningCode(browser, task.get("id").asText(), address, values);
        assertThat(done.status()).as("signing: " + done).isEqualTo(204);
    }

    private void submitOnlyTask(HttpSession browser, String taskKey, Map<String, Object> values) {
        JsonNode task = waitForTask(browser, taskKey);
        HttpSession.Response done = browser.post("/api/tasks/" + task.get("id").asText() + "/submission", values);
        assertThat(done.status()).as(taskKey + ": " + done).isEqualTo(204);
    }

    private JsonNode waitForTask(HttpSession browser, String taskKey) {
        return await().atMost(PATIENCE).until(() -> openTasks(browser).stream()
                .filter(t -> t.get("taskKey").asText().equals(taskKey)).findFirst().orElse(null), t -> t != null);
    }

    private List<JsonNode> openTasks(HttpSession browser) {
        HttpSession.Response response = browser.get("/api/tasks");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return new ArrayList<>(StreamSupport.stream(response.json().spliterator(), false).toList());
    }
}
