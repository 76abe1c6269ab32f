package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copact.TestRounds.stakeholder;

import jakarta.mail.Address;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.copact.HttpTestSupport;
import org.copact.Mailbox;
import org.copact.TestRounds;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bounces as mail servers send them: a delivery status notification (RFC 3464, as Postfix writes
 * it) from a mailer-daemon, over SMTP to the envelope sender of the mail that failed, which the
 * mail as received carries as its Return-Path; or, from a server that ignores it, to Copact's plain
 * address, naming the mail by the headers it returns.
 */
class BouncesOverSmtpTests extends HttpTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    RoundService rounds;
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
    void shouldMarkTheAddressFailingWhenAReportComesToTheEnvelopeSenderOfItsMail() throws Exception {
        String gone = "gone-" + UUID.randomUUID() + "@bounce.example";
        Round round = launch(gone);
        MimeMessage invitation = invitationTo(gone);
        String returnPath = returnPath(invitation);
        assertThat(returnPath).as("the envelope sender names the mail").matches("bounce\\+[0-9a-f]{48}@localhost");
        String reportId = "<dsn-" + UUID.randomUUID() + "@mx.bounce.example>";

        sendFromNullSender(returnPath, postfixReport(reportId, returnPath, gone, gone, "failed", "5.1.1",
                "smtp; 550 5.1.1 <" + gone + ">: Recipient address rejected: User unknown",
                headersOf(invitation, "<other-" + UUID.randomUUID() + "@elsewhere.example>")));

        String facilitatorAddress = facilitator.username() + "@copact.test";
        await().atMost(PATIENCE).until(() -> !mailbox.to(facilitatorAddress).isEmpty());
        assertThat(mailbox.to(facilitatorAddress).get(0).getSubject()).as("in the round's language")
                .isEqualTo("Mailul către Primăria nu poate fi livrat (" + round.title() + ")");
        assertThat(Mailbox.text(mailbox.to(facilitatorAddress).get(0))).contains(gone, "5.1.1", "User unknown");
        assertThat(outcomeOf(reportId)).isEqualTo("BOUNCE");
        assertThat(facilitatorSession.get("/api/rounds/" + round.id()).body()).contains("\"emailFailing\":true");
    }

    @Test
    void shouldMatchAReportToCopactsOwnAddressByTheMessageIdOfTheMailItReturns() throws Exception {
        String forwarded = "forwarded-" + UUID.randomUUID() + "@bounce.example";
        Round round = launch(forwarded);
        MimeMessage invitation = invitationTo(forwarded);
        String reportId = "<dsn-" + UUID.randomUUID() + "@mx.bounce.example>";
        // the stakeholder's server forwarded the mail to an address that no longer exists
        String further = "old-" + UUID.randomUUID() + "@previous-employer.example";

        sendFromNullSender("copact@localhost", postfixReport(reportId, "copact@localhost", further, further,
                "failed", "5.2.1", "smtp; 550 5.2.1 mailbox disabled", headersOf(invitation, invitation.getMessageID())));

        await().atMost(PATIENCE).until(() -> "BOUNCE".equals(outcomeOf(reportId)));
        assertThat(facilitatorSession.get("/api/rounds/" + round.id()).body()).contains("\"emailFailing\":true",
                "Mail to " + forwarded + " (Primăria) cannot be delivered");
        String facilitatorAddress = facilitator.username() + "@copact.test";
        await().atMost(PATIENCE).until(() -> !mailbox.to(facilitatorAddress).isEmpty());
        assertThat(Mailbox.text(mailbox.to(facilitatorAddress).get(0))).contains(forwarded, "5.2.1");
    }

    @Test
    void shouldMatchAReportThatReturnsNothingByTheAddressItFailedAt() throws Exception {
        String full = "full-" + UUID.randomUUID() + "@bounce.example";
        Round round = launch(full);
        invitationTo(full);
        String reportId = "<dsn-" + UUID.randomUUID() + "@mx.bounce.example>";

        sendFromNullSender("copact@localhost", postfixReport(reportId, "copact@localhost", full, full, "failed",
                "5.2.2", "smtp; 552 5.2.2 mailbox full", null));

        await().atMost(PATIENCE).until(() -> "BOUNCE".equals(outcomeOf(reportId)));
        assertThat(facilitatorSession.get("/api/rounds/" + round.id()).body()).contains("\"emailFailing\":true",
                "5.2.2");
    }

    @Test
    void shouldNotMarkAnAddressFailingWhenTheReportSaysTheMailIsOnlyDelayed() throws Exception {
        String slow = "slow-" + UUID.randomUUID() + "@bounce.example";
        Round round = launch(slow);
        MimeMessage invitation = invitationTo(slow);
        String returnPath = returnPath(invitation);
        String reportId = "<dsn-" + UUID.randomUUID() + "@mx.bounce.example>";

        sendFromNullSender(returnPath, postfixReport(reportId, returnPath, slow, slow, "delayed", "4.4.1",
                "X-Postfix; connect to mx.bounce.example: Connection timed out",
                headersOf(invitation, invitation.getMessageID())));

        await().atMost(PATIENCE).until(() -> outcomeOf(reportId) != null);
        assertThat(outcomeOf(reportId)).isEqualTo("DELIVERY_STATUS");
        assertThat(jdbc.queryForObject("select reason from inbound_mail where message_id = ?", String.class, reportId))
                .isEqualTo("delayed (status 4.4.1, X-Postfix; connect to mx.bounce.example: Connection timed out)");
        String view = facilitatorSession.get("/api/rounds/" + round.id()).body();
        assertThat(view).contains("\"emailFailing\":false").doesNotContain("cannot be delivered");
        assertThat(facilitatorSession.get("/api/rounds/" + round.id() + "/history").body())
                .doesNotContain("MailBounced");
        await().atMost(PATIENCE).until(() -> client.count("INBOX") == 0);
        assertThat(mailbox.to(facilitator.username() + "@copact.test")).as("nobody told").isEmpty();
    }

    /** The report as Postfix writes it; {@code returned}: the headers of the mail it returns, or none. */
    private static String postfixReport(String reportId, String to, String original, String recipient,
            String action, String status, String diagnostic, String returned) {
        return "Message-ID: " + reportId + "\r\n"
                + "From: MAILER-DAEMON@mx.bounce.example (Mail Delivery System)\r\n"
                + "To: " + to + "\r\n"
                + "Subject: " + ("failed".equals(action) ? "Undelivered Mail Returned to Sender"
                        : "Delayed Mail (still being retried)") + "\r\n"
                + "Auto-Submitted: auto-replied\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status;\r\n"
                + "\tboundary=\"4Z1Abc.1764590000/mx.bounce.example\"\r\n"
                + "Content-Transfer-Encoding: 7bit\r\n\r\n"
                + "This is a MIME-encapsulated message.\r\n\r\n"
                + "--4Z1Abc.1764590000/mx.bounce.example\r\n"
                + "Content-Description: Notification\r\n"
                + "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
                + "This is the mail system at host mx.bounce.example.\r\n\r\n"
                + "I'm sorry to have to inform you that your message could not\r\n"
                + "be delivered to one or more recipients.\r\n\r\n"
                + "--4Z1Abc.1764590000/mx.bounce.example\r\n"
                + "Content-Description: Delivery report\r\n"
                + "Content-Type: message/delivery-status\r\n\r\n"
                + "Reporting-MTA: dns; mx.bounce.example\r\n"
                + "X-Postfix-Queue-ID: 4Z1Abc\r\n"
                + "X-Postfix-Sender: rfc822; " + to + "\r\n"
                + "Arrival-Date: Mon,  1 Dec 2025 12:00:00 +0200 (EET)\r\n\r\n"
                + "Final-Recipient: rfc822; " + recipient + "\r\n"
                + "Original-Recipient: rfc822;" + original + "\r\n"
                + "Action: " + action + "\r\n"
                + "Status: " + status + "\r\n"
                + "Diagnostic-Code: " + diagnostic + "\r\n\r\n"
                + (returned == null ? "" : "--4Z1Abc.1764590000/mx.bounce.example\r\n"
                        + "Content-Description: Undelivered Message Headers\r\n"
                        + "Content-Type: text/rfc822-headers\r\n\r\n" + returned + "\r\n")
                + "--4Z1Abc.1764590000/mx.bounce.example--\r\n";
    }

    /** The headers of the mail as received, with the Message-ID the reporting server wrote back. */
    private static String headersOf(MimeMessage received, String messageId) throws Exception {
        StringBuilder headers = new StringBuilder();
        for (String line : java.util.Collections.list(received.getAllHeaderLines())) {
            if (!line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                headers.append(line).append("\r\n");
            }
        }
        return headers.append("Message-ID: ").append(messageId).append("\r\n").toString();
    }

    /**
     * Over SMTP as a reporting server sends, RCPT TO the given address. A real server sends from the
     * null reverse-path, MAIL FROM:<> (RFC 3464); GreenMail refuses any RCPT after it ("503 MAIL must
     * come before RCPT"), so the report comes from the reporting server's mailer-daemon.
     */
    private void sendFromNullSender(String to, String raw) throws Exception {
        SMTPMessage report = new SMTPMessage(client.session(),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII))) {
            @Override
            protected void updateHeaders() {
                // sent exactly as the server wrote it
            }
        };
        report.setEnvelopeFrom("MAILER-DAEMON@mx.bounce.example");
        Transport.send(report, new Address[] {new InternetAddress(to)});
    }

    private static String returnPath(MimeMessage received) throws Exception {
        String[] returnPath = received.getHeader("Return-Path");
        assertThat(returnPath).as("the Return-Path the receiving server wrote").isNotNull();
        return new InternetAddress(returnPath[0]).getAddress();
    }

    private Round launch(String email) {
        Round round = rounds.define(TestRounds.round("Bounces " + email, List.of(stakeholder("Primăria",
                "Elena Dobre", email, "PUBLIC_AUTHORITY", "ro", List.of("PARTICIPANT", "SIGNATORY")))), facilitator);
        return rounds.launch(round.id(), facilitator);
    }

    private MimeMessage invitationTo(String address) {
        await().atMost(PATIENCE).until(() -> !mailbox.to(address).isEmpty());
        return mailbox.to(address).get(0);
    }

    private String outcomeOf(String messageId) {
        return jdbc.query("select outcome from inbound_mail where message_id = ?", (row, n) -> row.getString(1),
                messageId).stream().findFirst().orElse(null);
    }
}
