package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copact.TestRounds.stakeholder;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.consultation.ConsultationService;
import org.copact.documents.DocumentService;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replies as mail clients write them, sent over SMTP to the Reply-To of Copact's invitation: the
 * answer recorded is what the person wrote, the whole mail stays on record, and an HTML-only mail
 * reads as its reader saw it.
 */
class RepliesFromMailClientsTests extends HttpTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** a 1x1 transparent GIF, as a tracking pixel or a logo embedded in an HTML mail */
    private static final byte[] PIXEL = java.util.Base64.getDecoder()
            .decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    @Autowired
    RoundService rounds;
    @Autowired
    ConsultationService consultation;
    @Autowired
    DocumentService documents;
    @Autowired
    ImapSettings imap;
    @Autowired
    JdbcTemplate jdbc;

    InboxClient client;

    @BeforeEach
    void client() {
        client = new InboxClient(imap, mailServer.getSmtp().getPort());
    }

    @Test
    void shouldRecordWhatThePersonWroteAboveTheQuotedInvitationAndKeepTheWholeMail() throws Exception {
        String elena = "elena-" + UUID.randomUUID() + "@reply.example";
        Round round = launch(elena);
        MimeMessage invitation = invitationTo(elena);
        String quoted = "Il giorno lun 7 dic 2026 alle ore 10:12 Copact <" + replyTo(invitation) + "> ha scritto:\n\n"
                + "> Gentile Elena,\n> vi invitiamo a rispondere alla consultazione.\n";
        MimeMessage reply = reply(invitation, elena);
        reply.setText("Sosteniamo i pannelli solari sulle scuole.\n\nElena\n\n-- \nElena Dobre\nPrimăria\n\n" + quoted,
                StandardCharsets.UTF_8.name());

        client.deliver(reply);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(consultation.answers(round.id())).singleElement()
                .satisfies(answer -> assertThat(answer.answers()).extractingByKey("emailedText")
                        .isEqualTo("Sosteniamo i pannelli solari sulle scuole.\n\nElena")));
        assertThat(bodyOf(reply)).contains("ha scritto:", "> vi invitiamo a rispondere", "Elena Dobre");
    }

    @Test
    void shouldReadAnHtmlOnlyReplyAsItsReaderSawItWithoutItsEmbeddedImages() throws Exception {
        String ana = "ana-" + UUID.randomUUID() + "@reply.example";
        Round round = launch(ana);
        MimeMessage invitation = invitationTo(ana);
        MimeMessage reply = reply(invitation, ana);
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("""
                <html><head><style>p { font-family: Arial; } .signature { color: grey; }</style></head><body>
                <p>Ne angajăm s&#259; reducem consumul de energie cu 20&nbsp;%:</p>
                <ul><li>panouri solare</li><li>iluminat LED</li></ul>
                <p>Detalii: <a href="https://example.org/plan">planul nostru</a><img src="cid:logo@ana"></p>
                <div class="gmail_quote">În lun., 7 dec. 2026, Copact a scris:<blockquote>Vă invităm.</blockquote></div>
                </body></html>""", "text/html; charset=UTF-8");
        MimeBodyPart logo = new MimeBodyPart();
        logo.setContent(PIXEL, "image/gif");
        logo.setContentID("<logo@ana>");
        logo.setDisposition(MimeBodyPart.INLINE);
        logo.setFileName("logo.gif");
        MimeMultipart related = new MimeMultipart("related", html, logo);
        reply.setContent(related);

        client.deliver(reply);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(consultation.answers(round.id())).singleElement()
                .satisfies(answer -> assertThat(answer.answers()).extractingByKey("emailedText").isEqualTo("""
                        Ne angajăm să reducem consumul de energie cu 20 %:

                        - panouri solare
                        - iluminat LED

                        Detalii: planul nostru (https://example.org/plan)""")));
        assertThat(bodyOf(reply)).doesNotContain("font-family", "&nbsp;", "<p>").contains("> Vă invităm.");
        assertThat(documents.documents(round.id())).as("an image the HTML shows is no document of the round")
                .isEmpty();
    }

    @Test
    void shouldLeaveOutlooksHeaderBlockAndTheOriginalBelowItOutOfTheAnswer() throws Exception {
        String dan = "dan-" + UUID.randomUUID() + "@reply.example";
        Round round = launch(dan);
        MimeMessage reply = reply(invitationTo(dan), dan);
        reply.setText(Files.readString(Path.of("../shared/fixtures/mail-replies/email_2_2.txt")),
                StandardCharsets.UTF_8.name());

        client.deliver(reply);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(consultation.answers(round.id())).singleElement()
                .satisfies(answer -> assertThat(answer.answers()).extractingByKey("emailedText")
                        .isEqualTo("Outlook with a reply directly above line")));
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

    private static String replyTo(MimeMessage invitation) throws Exception {
        return ((InternetAddress) invitation.getReplyTo()[0]).getAddress();
    }

    private MimeMessage reply(MimeMessage invitation, String from) throws Exception {
        MimeMessage reply = client.newMessage("<reply-" + UUID.randomUUID() + "@reply.example>");
        reply.setRecipients(MimeMessage.RecipientType.TO, invitation.getReplyTo());
        reply.setSubject("Re: " + invitation.getSubject(), StandardCharsets.UTF_8.name());
        reply.setHeader("In-Reply-To", invitation.getMessageID());
        reply.setFrom(new InternetAddress(from));
        return reply;
    }

    private String bodyOf(MimeMessage reply) throws Exception {
        return jdbc.queryForObject("select body_text from inbound_mail where message_id = ?", String.class,
                reply.getMessageID());
    }
}
