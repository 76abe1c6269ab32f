package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What the facilitator reads of a bounce: the status and the server's words when given, else that it failed. */
class DeliveryFailureTests {

    @Test
    void shouldTellTheStatusAndTheDiagnosticOfADeliveryStatusNotification() throws Exception {
        MimeMessage dsn = parse(report("Action: failed\r\nStatus: 5.2.2\r\nDiagnostic-Code: smtp; 552 mailbox full\r\n"));

        assertThat(MailReading.isBounce(dsn)).isTrue();
        assertThat(MailReading.deliveryFailure(dsn)).isEqualTo("undeliverable (status 5.2.2, smtp; 552 mailbox full)");
    }

    @Test
    void shouldStillSayUndeliverableWhenTheReportSaysNothingReadable() throws Exception {
        MimeMessage dsn = parse(report("Action: failed\r\n"));

        assertThat(MailReading.deliveryFailure(dsn)).isEqualTo("undeliverable");
    }

    private static String report(String fields) {
        return "From: mailer-daemon@mx.example\r\nTo: reply+abc@copact.example\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nNot delivered.\r\n"
                + "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example\r\n\r\n"
                + "Final-Recipient: rfc822; ana@example.org\r\n" + fields + "\r\n--b--\r\n";
    }

    private static MimeMessage parse(String raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
    }
}
