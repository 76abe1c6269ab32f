package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * What the facilitator reads of a bounce: the status and the server's words when given, else that it
 * failed; and what a report says of the mail it is about, as Angus Mail's DSN support reads it.
 */
class DeliveryFailureTests {

    @Test
    void shouldTellTheStatusAndTheDiagnosticOfADeliveryStatusNotification() throws Exception {
        MimeMessage dsn = parse(report("Action: failed\r\nStatus: 5.2.2\r\nDiagnostic-Code: smtp; 552 mailbox full\r\n"));

        assertThat(MailReading.isBounce(dsn)).isTrue();
        assertThat(DeliveryReports.status(dsn).failed()).isTrue();
        assertThat(DeliveryReports.status(dsn).description())
                .isEqualTo("undeliverable (status 5.2.2, smtp; 552 mailbox full)");
    }

    @Test
    void shouldStillSayUndeliverableWhenTheReportSaysNothingReadable() throws Exception {
        MimeMessage dsn = parse(report("Action: failed\r\n"));

        assertThat(DeliveryReports.status(dsn).description()).isEqualTo("undeliverable");
    }

    @Test
    void shouldTellADelayFromAFailureAndNameTheMailAndTheAddressTheReportIsAbout() throws Exception {
        MimeMessage dsn = parse(report("Original-Recipient: rfc822;ana@example.org\r\nAction: delayed\r\n"
                + "Status: 4.4.7\r\n", "Original-Envelope-Id: 1c2d3e@copact.example\r\n",
                "--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <m1@copact.example>\r\n"
                        + "To: Ana <ana@example.org>\r\n\r\n"));

        DeliveryReports.Status status = DeliveryReports.status(dsn);

        assertThat(status.failed()).as("a delay is no failure").isFalse();
        assertThat(status.description()).isEqualTo("delayed (status 4.4.7)");
        assertThat(status.messageIds()).containsExactly("1c2d3e@copact.example", "<1c2d3e@copact.example>",
                "<m1@copact.example>");
        assertThat(status.recipients()).startsWith("ana@example.org", "ana@example.org");
    }

    private static String report(String fields) {
        return report(fields, "", "");
    }

    private static String report(String fields, String perMessage, String returned) {
        return "From: mailer-daemon@mx.example\r\nTo: reply+abc@copact.example\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nNot delivered.\r\n"
                + "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example\r\n" + perMessage
                + "\r\nFinal-Recipient: rfc822; ana@example.org\r\n" + fields + "\r\n" + returned + "--b--\r\n";
    }

    private static MimeMessage parse(String raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
    }
}
