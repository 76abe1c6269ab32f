package org.copact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A whole round over HTTP: a facilitator and five stakeholders, signed by the rule "every public
 * authority plus 2 others"; one never answers the consultation, one comments on a clause and asks for
 * changes once (his comment is accepted in the revision, and he reads the answer), one declines to sign
 * after the authority signed (the authority is told its signature lapsed; the facilitator reopens
 * drafting), the facilitator extends the signature deadline, the rule is met before the last
 * signatory signs (her request is withdrawn); the pact ends SIGNED, the history names every step, and
 * a new organisation accedes to the pact in force in a second sealed edition.
 */
class WholeRoundOverHttpTests extends HttpTestSupport {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String MIHAIS_COMMENT = "Clauza 1 trebuie să spună cu cât și până când.";
    static final String CHANGE_MADE = "Clauza 1 spune acum: 20% mai puțină energie până în 2030.";
    static final String MORE_TIME = "Consiliile de administrație se reunesc luna viitoare.";

    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String ana = "ana" + suffix + "@cj-ilfov.example";
    String mihai = "mihai" + suffix + "@magurele.example";
    String ioana = "ioana" + suffix + "@eco.example";
    String nikos = "nikos" + suffix + "@greenlab.example";
    String maria = "maria" + suffix + "@cluster.example";
    Map<String, HttpSession> browsers = new LinkedHashMap<>();

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldRunAWholeRoundToASignedPact() throws Exception {
        // set-up: the facilitator defines and launches the round
        HttpSession.Response defined = facilitatorSession.post("/api/rounds",
                TestRounds.round("Pactul Verde Local Măgurele", TestRounds.fiveStakeholders(suffix))
                        .withSigning("AUTHORITIES_PLUS_QUORUM", 2, null));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        String roundId = defined.json().get("id").asText();
        assertThat(defined.location()).endsWith("/api/rounds/" + roundId);
        HttpSession.Response launched = facilitatorSession.post("/api/rounds/" + roundId + "/launch", "");
        assertThat(launched.status()).as(launched.toString()).isEqualTo(200);
        assertThat(launched.json().get("stage").asText()).isEqualTo("CONSULTATION");

        // consultation: every participant gets a personal invitation; four answer, Maria never does
        List<String> participants = List.of(ana, mihai, ioana, nikos, maria);
        await().atMost(PATIENCE).until(() -> participants.stream().allMatch(p -> !mailbox.to(p).isEmpty()));
        assertThat(mailbox.to(nikos).get(0).getSubject()).contains("Pactul Verde Local Măgurele");
        for (String person : participants) {
            HttpSession browser = HttpSession.anonymous(baseUrl());
            HttpSession.Response opened = browser.open(mailbox.latestLinkTo(person));
            assertThat(opened.status()).isEqualTo(303);
            browsers.put(person, browser);
        }
        for (String person : List.of(ana, mihai, ioana, nikos)) {
            submitOnlyTask(person, "Task_AnswerConsultation", Map.of("priorities", "Eficiență energetică — " + person,
                    "possibleCommitments", "Panouri solare pe acoperiș — " + person, "intendsToSign", "yes"));
        }
        assertThat(openTasks(browsers.get(maria))).hasSize(1);

        // the deadline passes: Maria is marked as not having answered, the round goes on
        JsonNode beforeDeadline = round(roundId);
        ClockUtil.setCurrentTime(Date.from(Instant.parse(beforeDeadline.get("consultationDeadline").asText())
                .plus(Duration.ofMinutes(1))));
        await().atMost(PATIENCE).until(() -> round(roundId).get("stage").asText().equals("DRAFTING"));
        JsonNode afterDeadline = round(roundId);
        assertThat(afterDeadline.at("/figures/answered").asInt()).isEqualTo(4);
        assertThat(afterDeadline.at("/figures/noAnswer").asInt()).isEqualTo(1);
        assertThat(openTasks(browsers.get(maria))).isEmpty();

        // drafting: the facilitator sees the answers and writes version 1
        JsonNode draftTask = waitForTask(facilitatorSession, "Task_DraftPact");
        JsonNode draftForm = facilitatorSession.get("/api/tasks/" + draftTask.get("id").asText() + "/form").json();
        assertThat(draftForm.at("/context/consultationAnswers")).hasSize(4);
        structuredDraft(roundId, "Pactul Verde Local Măgurele, versiunea 1. Semnatarii se angajează la reducerea"
                + " consumului de energie.");
        HttpSession.Response pactPage = browsers.get(nikos).get("/my/pact");
        assertThat(pactPage.status()).isEqualTo(200);
        assertThat(pactPage.body()).as("the pact to read, in Nikos's Greek").contains("Το σύμφωνο")
                .contains("Semnatarii se angajează la reducerea consumului de energie.")
                .contains(list(facilitatorSession.get("/api/rounds/" + roundId + "/pact").json().get("versions")).get(0)
                        .get("sha256").asText());
        String v1 = list(facilitatorSession.get("/api/rounds/" + roundId + "/pact").json().get("versions")).get(0)
                .get("sha256").asText();
        HttpSession.Download pdf = browsers.get(nikos)
                .download(Jsoup.parse(pactPage.body()).selectFirst("a[type=application/pdf]").attr("href"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentDisposition()).as("the file keeps its round's name").endsWith("-v1.pdf\"");
        assertThat(pdfText(pdf.body())).as("the version as a PDF, in the pact's Romanian whoever reads it")
                .contains("Semnatarii se angajează la reducerea consumului de energie.").contains(v1)
                .contains("Versiunea 1");
        assertThat(pdfText(facilitatorSession.download("/api/rounds/" + roundId + "/pact/versions/1/pdf").body()))
                .contains(v1);
        assertThat(facilitatorSession.get("/api/rounds/" + roundId + "/pact/versions/7/pdf").status()).isEqualTo(404);

        // review: Mihai comments on the clause and asks for changes once; the facilitator revises, accepting
        // his comment in version 2, and Mihai reads the answer when he reviews it
        String mihaisComment = ClauseComments.onFirstClause(facilitatorSession, browsers.get(mihai), roundId, 1,
                waitForTask(browsers.get(mihai), "Task_ReviewDraft").get("id").asText(), MIHAIS_COMMENT);
        review(Map.of(ana, "APPROVE", mihai, "REQUEST_CHANGES", ioana, "APPROVE", nikos, "APPROVE"));
        decide("REVISE");
        ClauseComments.answer(facilitatorSession, roundId, mihaisComment, "ACCEPTED", CHANGE_MADE);
        draft("Pactul Verde Local Măgurele, versiunea 2. Ținta: 20% mai puțină energie până în 2030.");
        ClauseComments.assertAnswerSeen(browsers.get(mihai),
                waitForTask(browsers.get(mihai), "Task_ReviewDraft").get("id").asText(), mihaisComment, "ACCEPTED",
                CHANGE_MADE, 2);
        review(Map.of(ana, "APPROVE", mihai, "APPROVE", ioana, "APPROVE", nikos, "APPROVE"));
        decide("FINALISE");

        // signature, by "the authority plus 2 of the 3 others": Ana signs, then Ioana declines with her reason;
        // Mihai and Maria can still meet the rule, so the facilitator decides, and reopens drafting
        assertThat(round(roundId).get("signingRule").asText()).isEqualTo("AUTHORITIES_PLUS_QUORUM");
        String v2 = hashToSign(ana);
        sign(ana, Map.of("sha256", v2, "decision", "SIGN"));
        waitForTask(browsers.get(ioana), "Task_SignPact");
        sign(ioana, Map.of("sha256", v2, "decision", "DECLINE",
                "reason", "Termenul de raportare este prea scurt pentru un IMM."));
        JsonNode onDecline = waitForTask(facilitatorSession, "Task_DecideOnDecline");
        HttpSession.Response reopened = facilitatorSession.post("/api/tasks/" + onDecline.get("id").asText()
                + "/submission", Map.of("decision", "REOPEN"));
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(204);
        await().atMost(PATIENCE).until(() -> round(roundId).get("stage").asText().equals("DRAFTING"));
        assertThat(openTasks(browsers.get(mihai))).as("the other signature requests are withdrawn").isEmpty();
        SigningTurns.assertToldSignatureLapsed(mailbox, ana, "Consiliul Județean Ilfov", 2);
        draft("Pactul Verde Local Măgurele, versiunea 3. Raportare anuală, ținta: 20% până în 2030.");
        review(Map.of(ana, "APPROVE", mihai, "APPROVE", ioana, "APPROVE", nikos, "APPROVE"));
        decide("FINALISE");

        // version 3: Ana signs, the facilitator gives the others a week more (they are told), Mihai and Ioana
        // sign: the rule is met, and Maria's request is withdrawn with a notice in her Bulgarian
        sign(ana, Map.of("sha256", hashToSign(ana), "decision", "SIGN"));
        waitForTask(browsers.get(maria), "Task_SignPact");
        SigningTurns.extendSignature(facilitatorSession, mailbox, roundId, List.of(mihai, ioana, maria), MORE_TIME);
        for (String signatory : List.of(mihai, ioana)) {
            sign(signatory, Map.of("sha256", hashToSign(signatory), "decision", "SIGN"));
        }
        assertThat(SigningTurns.awaitMail(mailbox, maria, "signature-withdrawn").getSubject())
                .contains("вече не е необходим");

        // the pact is in force
        await().atMost(PATIENCE).until(() -> round(roundId).get("status").asText().equals("SIGNED"));
        JsonNode signed = round(roundId);
        assertThat(signed.get("stage").asText()).isEqualTo("IN_FORCE");
        assertThat(signed.at("/figures/signed").asInt()).isEqualTo(3);
        assertThat(signed.get("openTasks")).isEmpty();
        assertThat(facilitatorSession.get("/rounds/" + roundId + "?lang=en").body())
                .as("the desk of a pact in force").contains("The pact is in force: there is nothing left to do.")
                .doesNotContain("Not answered yet");

        JsonNode pact = facilitatorSession.get("/api/rounds/" + roundId + "/pact").json();
        List<JsonNode> versions = list(pact.get("versions"));
        assertThat(versions).extracting(v -> v.get("number").asInt()).containsExactly(1, 2, 3);
        assertThat(versions).extracting(v -> v.get("sha256").asText()).doesNotHaveDuplicates();
        assertThat(list(versions.get(0).get("reviews"))).anySatisfy(r -> {
            assertThat(r.get("decision").asText()).isEqualTo("REQUEST_CHANGES");
            assertThat(r.get("comment").asText()).isNotBlank();
        });
        assertThat(list(versions.get(1).get("signatures"))).anySatisfy(s -> {
            assertThat(s.get("decision").asText()).isEqualTo("DECLINE");
            assertThat(s.get("reason").asText()).contains("prea scurt");
        });
        assertThat(list(versions.get(2).get("signatures"))).hasSize(3)
                .allSatisfy(s -> assertThat(s.get("sha256").asText()).isEqualTo(versions.get(2).get("sha256").asText()));

        // the history names every step, from the engine and from Copact's own record
        // every stakeholder is told, one asynchronous step each, before the round's process ends
        await().atMost(PATIENCE).until(() -> steps(historyOf(roundId)).contains("EndEvent_PactSigned"));
        JsonNode history = historyOf(roundId);
        List<String> steps = steps(history);
        assertThat(steps).contains("StartEvent_RoundLaunched", "Task_SendInvitation", "Task_AnswerConsultation",
                "Timer_ConsultationDeadline", "Task_MarkNoAnswer", "Task_SendDeadlineNotices", "Task_DraftPact",
                "Task_SendReviewRequest", "Task_ReviewDraft", "Task_DecideOnReview", "Task_SendSignatureRequest",
                "Task_SignPact", "Task_DecideOnDecline", "Task_NotifyFacilitatorOfDecline",
                "Task_SendVersionWithdrawnNotices", "Task_SendWithdrawalNotices", "Task_PutPactInForce", "Task_SealPact",
                "Task_SendPactInForceNotices", "EndEvent_PactSigned");
        List<String> recorded = list(history).stream().filter(e -> "audit".equals(e.get("source").asText()))
                .map(e -> e.get("type").asText()).toList();
        assertThat(recorded).startsWith("RoundDefined", "RoundLaunched");
        assertThat(recorded).filteredOn("ConsultationAnswered"::equals).hasSize(4);
        assertThat(recorded).filteredOn("ConsultationUnanswered"::equals).hasSize(1);
        assertThat(recorded).filteredOn("PactVersionPublished"::equals).hasSize(3);
        assertThat(recorded).contains("PactReviewed", "SignatureDeclined", "SignatureLapsed", "SignatureGiven",
                "DeadlineExtended", "MailSent");
        // the facilitators' own notice of the pact in force goes out beside the stakeholders' (issue 12)
        List<String> recordedForStakeholders = list(history).stream()
                .filter(e -> "audit".equals(e.get("source").asText()))
                .filter(e -> !e.at("/details/kind").asText().startsWith("facilitator-"))
                .filter(e -> !e.at("/details/kind").asText().equals("signature-withdrawn"))
                .map(e -> e.get("type").asText()).toList();
        List<String> afterInForce = recordedForStakeholders.subList(recordedForStakeholders.lastIndexOf("PactInForce")
                + 1, recordedForStakeholders.size());
        assertThat(afterInForce).as("after the pact is in force, it is sealed, then a notice to every stakeholder")
                .hasSize(round(roundId).get("stakeholders").size() + 1).startsWith("PactSealed")
                .filteredOn(type -> !type.equals("PactSealed")).containsOnly("MailSent");

        // the signed pact, sealed: the same bytes for a stakeholder (from their pact page) and the facilitator
        HttpSession.Response anasPactPage = browsers.get(ana).get("/my/pact");
        HttpSession.Download sealed = browsers.get(ana).download(Jsoup.parse(anasPactPage.body())
                .selectFirst("a[href$=/my/pact/sealed]").attr("href"));
        assertThat(sealed.status()).isEqualTo(200);
        assertThat(sealed.contentDisposition()).endsWith("-signed.pdf\"");
        assertThat(facilitatorSession.download("/api/rounds/" + roundId + "/pact/sealed").body())
                .isEqualTo(sealed.body());
        assertThat(anasPactPage.body()).contains(org.copact.common.Sha256.hex(sealed.body()));
        String v3 = versions.get(2).get("sha256").asText();
        assertThat(pdfText(sealed.body())).as("the version signed and its signature page, in Romanian")
                .contains("Raportare anuală, ținta: 20% până în 2030.").contains("Semnături").contains(v3)
                .contains("pe Copact");
        for (JsonNode stakeholder : round(roundId).get("stakeholders")) {
            if (stakeholder.get("roles").toString().contains("SIGNATORY")
                    && !stakeholder.get("email").asText().equals(maria)) {
                assertThat(pdfText(sealed.body())).contains(stakeholder.get("organisation").asText());
            }
        }
        String certificate = pdfText(sealed.body()).substring(pdfText(sealed.body()).indexOf("Certificat de finalizare"));
        assertThat(certificate).as("the certificate of completion, after the signature page, in Romanian")
                .contains("Acte de semnare").contains("Cronologia rundei").contains("A refuzat versiunea 2")
                .contains("Invitație trimisă către").contains("Pactul este în vigoare");
        assertThat(certificate.split("Adresa IP: 127\\.0\\.0\\.1", -1)).as("every signing act, with its address")
                .hasSize(5 + 1);
        assertThat(certificate.split("Agent utilizator: Java-http-client/", -1)).as("and its user agent")
                .hasSize(5 + 1);
        assertThat(sealIsIntact(sealed.body())).isTrue();
        for (String person : List.of(ana, nikos)) {
            jakarta.mail.internet.MimeMessage inForce = mailbox.to(person).stream()
                    .filter(m -> header(m, "X-Copact-Kind").equals("pact-in-force")).findFirst().orElseThrow();
            jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) inForce.getContent();
            jakarta.mail.BodyPart attachment = parts.getBodyPart(parts.getCount() - 1);
            assertThat(attachment.getFileName()).isEqualTo("signed-pact.pdf");
            assertThat(attachment.getInputStream().readAllBytes()).as("the signed pact goes to " + person)
                    .isEqualTo(sealed.body());
            assertThat(Mailbox.text(inForce)).contains(org.copact.common.Sha256.hex(sealed.body()));
        }

        // anyone can check it, without a login, and learns nothing personal
        HttpSession anyone = HttpSession.anonymous(baseUrl());
        HttpSession.Response bySealedFile = anyone.postFile("/api/public/verification", "file", "pact.pdf",
                "application/pdf", sealed.body());
        assertThat(bySealedFile.status()).as(bySealedFile.toString()).isEqualTo(200);
        assertThat(bySealedFile.json().get("kind").asText()).isEqualTo("SEALED_PACT");
        assertThat(bySealedFile.json().at("/matches/0/version").asInt()).isEqualTo(3);
        assertThat(bySealedFile.json().at("/matches/0/round").asText()).isEqualTo("Pactul Verde Local Măgurele");
        assertThat(bySealedFile.json().at("/matches/0/signedBy")).hasSize(3);
        HttpSession.Response byVersionHash = anyone.get("/api/public/verification?sha256=" + v3.toUpperCase());
        assertThat(byVersionHash.json().get("kind").asText()).isEqualTo("PACT_VERSION");
        assertThat(byVersionHash.json().at("/matches/0/inForceSince").isNull()).isFalse();
        HttpSession.Response byEarlierVersion = anyone.get("/api/public/verification?sha256="
                + versions.get(0).get("sha256").asText());
        assertThat(byEarlierVersion.json().at("/matches/0/signedBy")).as("version 1 was never in force").isEmpty();
        HttpSession.Response page = anyone.get("/verify?lang=ro&sha256=" + org.copact.common.Sha256.hex(sealed.body()));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Acesta este pactul semnat").contains("Pactul Verde Local Măgurele");
        for (JsonNode stakeholder : round(roundId).get("stakeholders")) {
            for (String answer : List.of(bySealedFile.body(), byVersionHash.body(), byEarlierVersion.body(),
                    page.body())) {
                assertThat(answer).as("no personal data in a public answer")
                        .doesNotContain(stakeholder.get("email").asText())
                        .doesNotContain(stakeholder.get("contactName").asText());
            }
        }

        JsonNode verification = facilitatorSession.get("/api/rounds/" + roundId + "/history/verification").json();
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("entries").asInt()).isEqualTo(recorded.size());

        HttpSession.Response csv = facilitatorSession.get("/api/rounds/" + roundId + "/history", "text/csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("at,ended_at,source,process,step").contains("Task_SignPact");

        // after entry into force, a new organisation accedes: a second edition of the sealed pact
        SigningTurns.accede(this, roundId, "Solar Nou Măgurele SRL", "solar" + suffix + "@solar-nou.example");
        assertThat(facilitatorSession.get("/api/rounds/" + roundId + "/history/verification").json().get("valid")
                .asBoolean()).as("the history, with the accession, still verifies").isTrue();
    }

    /**
     * Version 1 as a facilitator writes it: the commitments the signatories stated start the draft,
     * each is made measurable, and the task publishes it.
     */
    private void structuredDraft(String roundId, String clause) {
        String path = "/api/rounds/" + roundId + "/pact/draft";
        JsonNode started = facilitatorSession.post(path + "/commitments-from-answers", "").json();
        assertThat(started.at("/document/sheets")).as("Mihai's and Ioana's organisations").hasSize(2);
        ObjectNode document = (ObjectNode) started.get("document");
        document.putArray("clauses").addObject().put("heading", "Obiect").put("text", clause);
        List<JsonNode> commitments = new ArrayList<>();
        document.withArray("authorityCommitments").forEach(commitments::add);
        document.withArray("sheets").forEach(sheet -> sheet.withArray("commitments").forEach(commitments::add));
        assertThat(commitments).hasSize(3);
        for (JsonNode commitment : commitments) {
            ((ObjectNode) commitment).put("theme", "ENERGY").put("indicator", "Putere instalată").put("unit", "kWp")
                    .put("baselineValue", "0").put("baselineYear", 2025).put("targetValue", "50")
                    .put("targetDate", "2030-12-31");
        }
        HttpSession.Response saved = facilitatorSession.send("PUT", path, document, "If-Match",
                started.get("revision").asText());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        draft("");
        assertThat(facilitatorSession.get(path).json().at("/document/sheets/0/commitments/0/description").asText())
                .startsWith("Panouri solare pe acoperiș");
    }

    private void draft(String text) {
        JsonNode task = waitForTask(facilitatorSession, "Task_DraftPact");
        HttpSession.Response done = facilitatorSession.post("/api/tasks/" + task.get("id").asText() + "/submission",
                text.isEmpty() ? Map.of() : Map.of("pactText", text));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    private void review(Map<String, String> verdicts) {
        verdicts.forEach((person, verdict) -> {
            waitForTask(browsers.get(person), "Task_ReviewDraft");
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("decision", verdict);
            if (verdict.equals("REQUEST_CHANGES")) {
                values.put("comment", "Clauza 2: ținta trebuie cuantificată.");
            }
            submitOnlyTask(person, "Task_ReviewDraft", values);
        });
    }

    private void decide(String outcome) {
        JsonNode task = waitForTask(facilitatorSession, "Task_DecideOnReview");
        HttpSession.Response done = facilitatorSession.post("/api/tasks/" + task.get("id").asText() + "/submission",
                Map.of("outcome", outcome));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    private String hashToSign(String person) {
        JsonNode task = waitForTask(browsers.get(person), "Task_SignPact");
        JsonNode form = browsers.get(person).get("/api/tasks/" + task.get("id").asText() + "/form").json();
        return form.at("/context/pactVersion/sha256").asText();
    }

    /** A signature task done as a signatory does it: with a code asked for and read from their mail. */
    private void sign(String person, Map<String, Object> values) {
        JsonNode task = waitForTask(browsers.get(person), "Task_SignPact");
        HttpSession.Response done = submitWithSigningCode(browsers.get(person), task.get("id").asText(), person,
                values);
        assertThat(done.status()).as(person + " Task_SignPact: " + done).isEqualTo(204);
    }

    private void submitOnlyTask(String person, String taskKey, Map<String, Object> values) {
        HttpSession browser = browsers.get(person);
        JsonNode task = waitForTask(browser, taskKey);
        HttpSession.Response done = browser.post("/api/tasks/" + task.get("id").asText() + "/submission", values);
        assertThat(done.status()).as(person + " " + taskKey + ": " + done).isEqualTo(204);
    }

    private JsonNode waitForTask(HttpSession browser, String taskKey) {
        return await().atMost(PATIENCE).until(() -> openTasks(browser).stream()
                .filter(t -> t.get("taskKey").asText().equals(taskKey)).findFirst().orElse(null), t -> t != null);
    }

    private List<JsonNode> openTasks(HttpSession browser) {
        HttpSession.Response response = browser.get("/api/tasks");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return list(response.json());
    }

    private JsonNode round(String roundId) {
        HttpSession.Response response = facilitatorSession.get("/api/rounds/" + roundId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<JsonNode> list(JsonNode array) {
        return new ArrayList<>(StreamSupport.stream(array.spliterator(), false).toList());
    }

    private JsonNode historyOf(String roundId) {
        return facilitatorSession.get("/api/rounds/" + roundId + "/history").json();
    }

    private static List<String> steps(JsonNode history) {
        return list(history).stream().filter(e -> e.has("step")).map(e -> e.get("step").asText()).toList();
    }

    private static String header(jakarta.mail.internet.MimeMessage message, String name) {
        try {
            String value = message.getHeader(name, null);
            return value == null ? "" : value;
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The PAdES seal verifies with BouncyCastle over the byte ranges PDFBox reads, which cover the file. */
    private static boolean sealIsIntact(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf);
                org.bouncycastle.asn1.ASN1InputStream der = new org.bouncycastle.asn1.ASN1InputStream(
                        document.getLastSignatureDictionary().getContents())) {
            var signature = document.getLastSignatureDictionary();
            int[] range = signature.getByteRange();
            var cms = new org.bouncycastle.cms.CMSSignedData(new org.bouncycastle.cms.CMSProcessableByteArray(
                    signature.getSignedContent(pdf)), org.bouncycastle.asn1.cms.ContentInfo.getInstance(der.readObject()));
            var signer = cms.getSignerInfos().getSigners().iterator().next();
            var certificate = (org.bouncycastle.cert.X509CertificateHolder) cms.getCertificates()
                    .getMatches(signer.getSID()).iterator().next();
            return range[2] + range[3] == pdf.length && signer.verify(
                    new org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        }
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new AssertionError("not a PDF", e);
        }
    }
}
