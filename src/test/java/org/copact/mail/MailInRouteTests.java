package org.copact.mail;

import org.copact.TestFiles;
import org.copact.documents.DocumentService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copact.TestRounds.stakeholder;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copact.HttpTestSupport;
import org.copact.Mailbox;
import org.copact.TestRounds;
import org.copact.consultation.ConsultationAnswer;
import org.copact.consultation.ConsultationService;
import org.copact.consultation.ConsultationStatus;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.stakeholder.Participations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Replies by email over real SMTP and IMAP: matched by token, taken once, moved only once recorded. */
class MailInRouteTests extends HttpTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    RoundService rounds;
    @Autowired
    ConsultationService consultation;
    @Autowired
    Participations participations;
    @Autowired
    ImapSettings imap;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DocumentService documents;

    InboxClient client;

    @BeforeEach
    void client() {
        client = new InboxClient(imap, mailServer.getSmtp().getPort());
    }

    @Test
    void shouldTakeAReplyAsTheConsultationAnswerOnceThoughItArrivesTwice() throws Exception {
        String elena = "elena-" + UUID.randomUUID() + "@reply.example";
        Round round = launch(elena);
        MimeMessage invitation = invitationTo(elena);
        MimeMessage reply = reply(invitation, elena, "Susținem panourile solare pe școli.\n\n> citat");
        reply.saveChanges();
        String messageId = reply.getMessageID();

        client.deliver(reply);
        client.deliver(reply);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(consultation.answers(round.id())).singleElement()
                .satisfies(answer -> assertEmailed(answer, "Susținem panourile solare pe școli.")));
        assertThat(participations.ofRound(round.id())).singleElement()
                .satisfies(p -> assertThat(consultation.statusOf(p.id())).isEqualTo(ConsultationStatus.ANSWERED));
        assertThat(facilitatorSession.get("/api/rounds/" + round.id() + "/history").body())
                .as("the round's history").contains("ReplyReceived", "ConsultationAnswered");
        await().atMost(PATIENCE).until(() -> client.count(imap.processedFolder()) >= 2);
        assertThat(jdbc.queryForObject("select count(*) from inbound_mail where message_id = ?", Long.class, messageId))
                .as("recorded once").isEqualTo(1);
    }

    @Test
    void shouldKeepTheAttachmentsOfAReplyAsDocumentsOfTheRoundButNoProgram() throws Exception {
        String ana = "ana-" + UUID.randomUUID() + "@reply.example";
        Round round = launch(ana);
        MimeMessage reply = reply(invitationTo(ana), ana, "Atașez scrisoarea semnată.");
        jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
        text.setText("Atașez scrisoarea semnată.", StandardCharsets.UTF_8.name());
        jakarta.mail.internet.MimeBodyPart pdf = new jakarta.mail.internet.MimeBodyPart();
        pdf.setContent(TestFiles.PDF, "application/octet-stream");
        pdf.setFileName("Писмо за подкрепа.pdf"); // written as RFC 2231 by Jakarta Mail
        jakarta.mail.internet.MimeBodyPart program = new jakarta.mail.internet.MimeBodyPart();
        program.setContent(TestFiles.PROGRAM, "application/pdf");
        program.setFileName("../factura.pdf");
        reply.setContent(new jakarta.mail.internet.MimeMultipart(text, pdf, program));
        reply.saveChanges();

        client.deliver(reply);

        await().atMost(PATIENCE).until(() -> !documents.documents(round.id()).isEmpty());
        assertThat(documents.documents(round.id())).singleElement().satisfies(document -> {
            assertThat(document.fileName()).isEqualTo("Писмо за подкрепа.pdf");
            assertThat(document.mediaType()).isEqualTo("application/pdf");
            assertThat(document.source()).isEqualTo(DocumentService.SOURCE_EMAIL);
        });
        assertThat(jdbc.queryForObject("select reason from inbound_mail where message_id = ?", String.class,
                reply.getMessageID())).contains("factura.pdf", "program");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(consultation.answers(round.id())).singleElement()
                .satisfies(answer -> assertEmailed(answer, "Atașez scrisoarea semnată.")));
    }

    @Test
    void shouldNotTakeAnOutOfOfficeAnswerAsTheAnswer() throws Exception {
        String dan = "dan-" + UUID.randomUUID() + "@reply.example";
        Round round = launch(dan);
        MimeMessage autoReply = reply(invitationTo(dan), dan, "I am out of the office until Monday.");
        autoReply.setHeader("Auto-Submitted", "auto-replied");
        autoReply.saveChanges();
        MimeMessage realReply = reply(invitationTo(dan), dan, "Back now: we support it.");

        client.deliver(autoReply);
        client.deliver(realReply);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(consultation.answers(round.id())).singleElement()
                .satisfies(answer -> assertEmailed(answer, "Back now: we support it.")));
        assertThat(outcomeOf(autoReply.getMessageID())).isEqualTo("AUTO_REPLY");
    }

    @Test
    void shouldMarkABouncedAddressAsFailingAndTellTheFacilitatorButTakeNoAnswer() throws Exception {
        String gone = "gone-" + UUID.randomUUID() + "@reply.example";
        Round round = launch(gone);
        String replyTo = ((InternetAddress) invitationTo(gone).getReplyTo()[0]).getAddress();
        String bounceId = "<dsn-" + UUID.randomUUID() + "@mx.reply.example>";
        String dsn = "Message-ID: " + bounceId + "\r\n"
                + "From: Mail Delivery System <mailer-daemon@mx.reply.example>\r\n"
                + "To: " + replyTo + "\r\n"
                + "Subject: Undelivered Mail Returned to Sender\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n"
                + "--b\r\nContent-Type: message/delivery-status\r\n\r\n"
                + "Reporting-MTA: dns; mx.reply.example\r\n\r\nFinal-Recipient: rfc822; " + gone + "\r\n"
                + "Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n--b--\r\n";
        String facilitatorAddress = facilitator.username() + "@copact.test";

        client.deliverRaw(dsn);
        client.deliverRaw(dsn);

        await().atMost(PATIENCE).until(() -> !mailbox.to(facilitatorAddress).isEmpty());
        MimeMessage notice = mailbox.to(facilitatorAddress).get(0);
        assertThat(notice.getSubject()).as("in the round's language").isEqualTo(
                "Mailul către Primăria nu poate fi livrat (Replies " + gone + ")");
        assertThat(Mailbox.text(notice)).contains("Elena Dobre <" + gone + ">", "5.1.1", "user unknown");
        await().atMost(PATIENCE).until(() -> "BOUNCE".equals(outcomeOf(bounceId)));
        String view = facilitatorSession.get("/api/rounds/" + round.id()).body();
        assertThat(view).contains("\"emailFailing\":true", "Mail to " + gone + " (Primăria) cannot be delivered");
        assertThat(facilitatorSession.get("/rounds/" + round.id()).body()).as("the round's page")
                .contains("Mail to these addresses cannot be delivered", "id=\"failing-addresses\"", gone, "5.1.1");
        // the notice is sent after the bounce's transaction, in its own: its record may come a moment later
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(facilitatorSession
                .get("/api/rounds/" + round.id() + "/history").body()).contains("MailBounced", "bounce-notice"));
        assertThat(consultation.answers(round.id())).as("a bounce is no answer").isEmpty();
        await().atMost(PATIENCE).until(() -> client.count("INBOX") == 0);
        assertThat(mailbox.to(facilitatorAddress)).as("one notice, though the bounce came twice").hasSize(1);
    }

    @Test
    void shouldTakeAReplySomebodyAlreadyReadInTheMailbox() throws Exception {
        String radu = "radu-" + UUID.randomUUID() + "@reply.example";
        Round round = launch(radu);
        MimeMessage reply = reply(invitationTo(radu), radu, "Am citit-o deja în Thunderbird.");
        reply.saveChanges();

        client.deliverAlreadyRead(reply);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(consultation.answers(round.id())).singleElement()
                .satisfies(answer -> assertEmailed(answer, "Am citit-o deja în Thunderbird.")));
        assertThat(jdbc.queryForObject("select count(*) from inbound_mail where message_id = ?", Long.class,
                reply.getMessageID())).as("recorded once").isEqualTo(1);
        await().atMost(PATIENCE).until(() -> client.count("INBOX") == 0);
    }

    @Test
    void shouldTakeAFreshMailFromTheStakeholderOfOneRunningRoundAsTheirAnswer() throws Exception {
        String ioana = "Ioana-" + UUID.randomUUID() + "@reply.example";
        Round round = launch(ioana.toLowerCase(java.util.Locale.ROOT));
        invitationTo(ioana.toLowerCase(java.util.Locale.ROOT));
        MimeMessage fresh = client.newMessage("<fresh-" + UUID.randomUUID() + "@reply.example>");
        fresh.setFrom(new InternetAddress(ioana, "Ioana Marin"));
        fresh.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("copact@localhost"));
        fresh.setSubject("Fw: invitație", StandardCharsets.UTF_8.name());
        fresh.setText("Propunem o comunitate de energie.", StandardCharsets.UTF_8.name());

        client.deliver(fresh);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(consultation.answers(round.id())).singleElement()
                .satisfies(answer -> assertEmailed(answer, "Propunem o comunitate de energie.")));
        assertThat(jdbc.queryForObject("select reason from inbound_mail where message_id = ?", String.class,
                fresh.getMessageID())).isEqualTo("matched by the sender's address");
    }

    @Test
    void shouldQuarantineWhatItCannotMatchOrReadAndGoOnTakingMail() throws Exception {
        String stranger = "<stranger-" + UUID.randomUUID() + "@elsewhere.example>";
        String broken = "<broken-" + UUID.randomUUID() + "@elsewhere.example>";
        MimeMessage unmatched = client.newMessage(stranger);
        unmatched.setFrom(new InternetAddress("someone@elsewhere.example"));
        unmatched.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("copact@localhost"));
        unmatched.setSubject("Întrebare", StandardCharsets.UTF_8.name());
        unmatched.setText("Cine sunteți?", StandardCharsets.UTF_8.name());
        // a boundary that never comes, encoded words in Greek (ISO-8859-7) and Russian (KOI8-R)
        String malformed = "Message-ID: " + broken + "\r\n"
                + "From: =?ISO-8859-7?B?w+n+8ePv8g==?= <giorgos@elsewhere.example>\r\n"
                + "To: copact@localhost\r\n"
                + "Subject: =?KOI8-R?B?8NLJ18XU?= and =?windows-1251?Q?=CF=F0=E8=E2=E5=F2?=\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"never\"\r\n\r\n"
                + "--elsewhere\r\nContent-Type: text/plain\r\n\r\nbody without its boundary\r\n";

        client.deliver(unmatched);
        client.deliverRaw(malformed);

        await().atMost(PATIENCE).until(() -> outcomeOf(stranger) != null && outcomeOf(broken) != null);
        assertThat(outcomeOf(stranger)).isEqualTo("QUARANTINED");
        assertThat(jdbc.queryForObject("select reason from inbound_mail where message_id = ?", String.class, stranger))
                .startsWith("unknown sender");
        assertThat(outcomeOf(broken)).isEqualTo("QUARANTINED");
        assertThat(jdbc.queryForObject("select subject from inbound_mail where message_id = ?", String.class, broken))
                .isEqualTo("Привет and Привет");
        assertThat(jdbc.queryForObject("select from_address from inbound_mail where message_id = ?", String.class,
                broken)).contains("Γιώργος");
        await().atMost(PATIENCE).until(() -> client.count("INBOX") == 0);
    }

    private Round launch(String email) {
        Round round = rounds.define(TestRounds.round("Replies " + email, List.of(stakeholder("Primăria", "Elena Dobre",
                email, "PUBLIC_AUTHORITY", "ro", List.of("PARTICIPANT", "SIGNATORY")))), facilitator);
        return rounds.launch(round.id(), facilitator);
    }

    private MimeMessage invitationTo(String address) {
        await().atMost(PATIENCE).until(() -> !mailbox.to(address).isEmpty());
        return mailbox.to(address).get(0);
    }

    private MimeMessage reply(MimeMessage invitation, String from, String text) throws Exception {
        MimeMessage reply = client.newMessage("<reply-" + UUID.randomUUID() + "@reply.example>");
        reply.setRecipients(MimeMessage.RecipientType.TO, invitation.getReplyTo());
        reply.setSubject("Re: " + invitation.getSubject(), StandardCharsets.UTF_8.name());
        reply.setHeader("In-Reply-To", invitation.getMessageID());
        reply.setFrom(new InternetAddress(from));
        reply.setText(text, StandardCharsets.UTF_8.name());
        return reply;
    }

    private static void assertEmailed(ConsultationAnswer answer, String text) {
        assertThat(answer.channel()).isEqualTo(ConsultationService.CHANNEL_EMAIL);
        assertThat(answer.answers()).extractingByKey("emailedText").asString().startsWith(text);
    }

    private String outcomeOf(String messageId) {
        return jdbc.query("select outcome from inbound_mail where message_id = ?", (row, n) -> row.getString(1),
                messageId).stream().findFirst().orElse(null);
    }
}
