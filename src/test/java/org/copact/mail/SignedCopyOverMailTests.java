package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copact.TestRounds.stakeholder;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.activation.DataHandler;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.identity.Caller;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.stakeholder.Participations;
import org.copact.tasks.TaskDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A signatory answers the signature request by email with the signed PDF, over real SMTP and
 * IMAP; the facilitator opens the copy and confirms it (the round is signed, with that document) or
 * rejects it on the task's page (the signatory is told why and asked to sign again).
 */
class SignedCopyOverMailTests extends HttpTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String SIGNED_PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% signed by Eco SRL " + UUID.randomUUID()
            + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";

    @Autowired
    RoundService rounds;
    @Autowired
    Participations participations;
    @Autowired
    TaskDriver tasks;
    @Autowired
    ImapSettings imap;

    InboxClient client;
    String signatory;
    String roundId;
    Caller.Stakeholder eco;

    @BeforeEach
    void roundAtSignature() {
        client = new InboxClient(imap, mailServer.getSmtp().getPort());
        signatory = "eco-" + UUID.randomUUID() + "@eco.example";
        Round round = rounds.define(TestRounds.round("Semnături " + signatory, List.of(stakeholder("Eco SRL",
                "Dan Pop", signatory, "SME", "ro", List.of("PARTICIPANT", "REVIEWER", "SIGNATORY")))), facilitator);
        roundId = round.id().toString();
        rounds.launch(round.id(), facilitator);
        eco = new Caller.Stakeholder(participations.ofRound(round.id()).get(0).id(),
                round.id());
        act(eco, "Task_AnswerConsultation", Map.of("priorities", "Energie solară", "intendsToSign", "yes"));
        act(facilitator, "Task_DraftPact", Map.of("pactText", "Pactul verde local: Eco SRL reduce energia cu 20%."));
        act(eco, "Task_ReviewDraft", Map.of("decision", "APPROVE"));
        act(facilitator, "Task_DecideOnReview", Map.of("outcome", "FINALISE"));
        await().atMost(PATIENCE).until(() -> tasks.openTaskKeys(eco).contains("Task_SignPact"));
    }

    @Test
    void shouldRecordTheSignatureWithTheEmailedCopyOnceTheFacilitatorConfirmsIt() throws Exception {
        client.deliver(replyWithPdf(signatureRequest()));

        JsonNode task = waitForFacilitatorTask("Task_ConfirmSignedCopy");
        assertThat(tasks.openTaskKeys(eco)).as("the signatory's own task is withdrawn").isEmpty();
        String taskId = task.get("id").asText();
        JsonNode context = facilitatorSession.get("/api/tasks/" + taskId + "/form").json().get("context");
        assertThat(context.get("signatory").asText()).isEqualTo("Eco SRL");
        assertThat(context.at("/signedCopy/fileName").asText()).isEqualTo("pact-semnat.pdf");
        assertThat(context.at("/signedCopy/mediaType").asText()).isEqualTo("application/pdf");
        assertThat(context.at("/signedCopy/sha256").asText())
                .isEqualTo(org.copact.common.Sha256.hex(SIGNED_PDF.getBytes(StandardCharsets.UTF_8)));
        assertThat(context.at("/pactVersion/sha256").asText()).hasSize(64);
        HttpSession.Response download = facilitatorSession.get(context.at("/signedCopy/download").asText(),
                "application/pdf");
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.body()).isEqualTo(SIGNED_PDF);
        HttpSession.Response page = facilitatorSession.get("/my/tasks/" + taskId);
        assertThat(page.body()).contains("pact-semnat.pdf", "Eco SRL", context.at("/signedCopy/download").asText());

        HttpSession.Response confirmed = facilitatorSession.post("/api/tasks/" + taskId + "/submission",
                Map.of("decision", "CONFIRM"));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);

        await().atMost(PATIENCE).until(() -> facilitatorSession.get("/api/rounds/" + roundId).json().get("status")
                .asText().equals("SIGNED"));
        JsonNode version = facilitatorSession.get("/api/rounds/" + roundId + "/pact").json().at("/versions/0");
        JsonNode signature = version.at("/signatures/0");
        assertThat(signature.get("decision").asText()).isEqualTo("SIGN");
        assertThat(signature.get("method").asText()).isEqualTo("SIGNED_COPY");
        assertThat(signature.get("documentId").asText()).isEqualTo(context.at("/signedCopy/id").asText());
        assertThat(signature.get("sha256").asText()).isEqualTo(version.get("sha256").asText());
        assertThat(signature.get("confirmedBy").asText()).isEqualTo(facilitator.username());
        assertThat(auditTypes()).contains("SignedCopyReceived", "SignedCopyConfirmed", "SignatureGiven");

        // the certificate of completion names the facilitator as the one who recorded the paper signature
        HttpSession.Download sealed = await().atMost(PATIENCE).until(
                () -> facilitatorSession.download("/api/rounds/" + roundId + "/pact/sealed"), d -> d.status() == 200);
        String certificate = pdfText(sealed.body());
        certificate = certificate.substring(certificate.indexOf("Certificat de finalizare"));
        assertThat(certificate).contains("A semnat versiunea 1, copie semnată, confirmată de un facilitator")
                .contains("Adresa IP: — · Agent utilizator: —")
                .contains("Semnat pe hârtie; înregistrat pe Copact de facilitatorul Facilitator "
                        + facilitator.regionId() + ", nu de semnatar.")
                .contains("Adresa IP a celui care a înregistrat: 127.0.0.1")
                .contains("Agentul utilizator al celui care a înregistrat: Java-http-client/");
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void shouldAskTheSignatoryToSignAgainWhenTheFacilitatorRejectsTheCopy() throws Exception {
        client.deliver(replyWithPdf(signatureRequest()));
        String taskId = waitForFacilitatorTask("Task_ConfirmSignedCopy").get("id").asText();

        HttpSession.Response withoutReason = facilitatorSession.post("/api/tasks/" + taskId + "/submission",
                Map.of("decision", "REJECT"));
        assertThat(withoutReason.status()).as(withoutReason.toString()).isEqualTo(400);
        assertThat(withoutReason.body()).contains("reason");
        // on the page the reason waits hidden and disabled (a script shows it as soon as the verdict is
        // to reject); without script, it is enabled once the page comes back with that verdict
        assertThat(facilitatorSession.get("/my/tasks/" + taskId).body()).contains("name=\"decision\"")
                .containsPattern("<textarea[^>]*name=\"reason\"[^>]*disabled");
        HttpSession.Response asked = facilitatorSession.postForm("/my/tasks/" + taskId, "decision=REJECT");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(422);
        assertThat(asked.body()).containsPattern("<textarea[^>]*name=\"reason\"")
                .doesNotContainPattern("<textarea[^>]*name=\"reason\"[^>]*disabled");
        HttpSession.Response rejected = facilitatorSession.postForm("/my/tasks/" + taskId, "decision=REJECT&reason="
                + java.net.URLEncoder.encode("Lipsește semnătura de pe ultima pagină.", StandardCharsets.UTF_8));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(302);

        await().atMost(PATIENCE).until(() -> tasks.openTaskKeys(eco).contains("Task_SignPact"));
        MimeMessage told = signatureRequest();
        assertThat(told.getSubject()).startsWith("Copia semnată pentru").endsWith("nu a fost acceptată");
        assertThat(org.copact.Mailbox.text(told)).contains("Lipsește semnătura de pe ultima pagină.");
        assertThat(list(facilitatorSession.get("/api/rounds/" + roundId + "/pact").json().at("/versions/0/signatures")))
                .as("nothing is signed").isEmpty();
        assertThat(auditTypes()).contains("SignedCopyReceived", "SignedCopyRejected");
        assertThat(list(facilitatorSession.get("/api/rounds/" + roundId + "/history").json()).stream()
                .filter(e -> "SignedCopyRejected".equals(e.path("type").asText())))
                .singleElement().satisfies(e -> assertThat(e.get("summary").asText())
                        .contains("Lipsește semnătura de pe ultima pagină."));

        // a copy sent again is judged afresh: its form starts neither from the rejection nor its reason
        client.deliver(replyWithPdf(told));
        String again = waitForFacilitatorTask("Task_ConfirmSignedCopy").get("id").asText();
        JsonNode form = facilitatorSession.get("/api/tasks/" + again + "/form").json();
        assertThat(form.path("values").path("decision").isMissingNode()).as(form.toString()).isTrue();
        assertThat(form.path("values").path("reason").isMissingNode()).as(form.toString()).isTrue();
        assertThat(form.has("earlierAnswer")).as(form.toString()).isFalse();

        // the same file rejected once more: the signatory is told again, with the new reason
        int mailsBefore = mailbox.to(signatory).size();
        HttpSession.Response rejectedAgain = facilitatorSession.post("/api/tasks/" + again + "/submission",
                Map.of("decision", "REJECT", "reason", "Tot lipsește ștampila."));
        assertThat(rejectedAgain.status()).as(rejectedAgain.toString()).isEqualTo(204);
        await().atMost(PATIENCE).until(() -> mailbox.to(signatory).size() > mailsBefore);
        assertThat(org.copact.Mailbox.text(signatureRequest())).contains("Tot lipsește ștampila.");
    }

    private void act(Caller caller, String taskKey, Map<String, Object> values) {
        await().atMost(PATIENCE).until(() -> tasks.openTaskKeys(caller).contains(taskKey));
        tasks.submitOnly(caller, values);
    }

    /** The newest mail to the signatory: the signature request (or the rejection), sent before the task opened. */
    private MimeMessage signatureRequest() {
        List<MimeMessage> mails = mailbox.to(signatory);
        return mails.get(mails.size() - 1);
    }

    private MimeMessage replyWithPdf(MimeMessage request) throws Exception {
        MimeMessage reply = client.newMessage("<signed-" + UUID.randomUUID() + "@eco.example>");
        reply.setRecipients(MimeMessage.RecipientType.TO, request.getReplyTo());
        reply.setSubject("Re: " + request.getSubject(), StandardCharsets.UTF_8.name());
        reply.setHeader("In-Reply-To", request.getMessageID());
        reply.setFrom(new InternetAddress(signatory));
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Vă trimit pactul semnat.", StandardCharsets.UTF_8.name());
        MimeBodyPart pdf = new MimeBodyPart();
        // sent as an octet stream: what counts is the type found in the content
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(SIGNED_PDF.getBytes(StandardCharsets.UTF_8),
                "application/octet-stream")));
        pdf.setFileName("pact-semnat.pdf");
        // as mail clients send a PDF: base64 keeps its bytes, line ends included
        pdf.setHeader("Content-Transfer-Encoding", "base64");
        reply.setContent(new MimeMultipart(text, pdf));
        reply.saveChanges();
        return reply;
    }

    private JsonNode waitForFacilitatorTask(String taskKey) {
        return await().atMost(PATIENCE).until(() -> list(facilitatorSession.get("/api/tasks").json()).stream()
                .filter(t -> t.get("taskKey").asText().equals(taskKey)).findFirst().orElse(null), t -> t != null);
    }

    private List<String> auditTypes() {
        return list(facilitatorSession.get("/api/rounds/" + roundId + "/history").json()).stream()
                .filter(e -> "audit".equals(e.path("source").asText())).map(e -> e.get("type").asText()).toList();
    }

    private static List<JsonNode> list(JsonNode array) {
        return new ArrayList<>(StreamSupport.stream(array.spliterator(), false).toList());
    }
}
