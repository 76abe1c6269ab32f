package org.copact.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded mail server over real SMTP: a reply to a reply+token address, or a report to a
 * bounce+token address (the envelope sender of Copact's mails), of Copact's reply domain (whatever COPACT_MAIL_REPLY_DOMAIN or COPACT_MAIL_FROM make it) reaches Copact's mailbox;
 * any other address its own, as GreenMail delivers it.
 */
class PlusAddressedDeliveryTests {

    private static final String INBOX = "copact@localhost";

    private final GreenMail server = new GreenMail(new ServerSetup[] {
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()});

    @BeforeEach
    void start() {
        server.start();
        server.setUser(INBOX, INBOX, "copact");
        PlusAddressedDelivery.install(server.getUserManager(), INBOX, "Pact.Ilfov.example");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void shouldDeliverReplyAndBounceAddressesOfTheReplyDomainToCopactsMailboxAndOthersToTheirOwn() throws Exception {
        send("reply+AbCdEf0123456789AbCdEf0123456789@pact.ilfov.example");
        send("bounce+0123456789abcdef0123456789abcdef0123456789abcdef@PACT.ilfov.example");
        send("reply+elsewhere@other.example");
        send("bounce+elsewhere@other.example");
        send("elena@pact.ilfov.example");

        assertThat(inboxOf(INBOX)).as("the reply and the bounce of its domain only").isEqualTo(2);
        assertThat(server.getUserManager().getUserByEmail("bounce+elsewhere@other.example"))
                .as("a bounce address of another domain is not Copact's").isNotNull();
        assertThat(server.getUserManager().getUserByEmail("reply+elsewhere@other.example"))
                .as("a reply address of another domain is not Copact's").isNotNull();
        assertThat(server.getUserManager().getUserByEmail("elena@pact.ilfov.example")).isNotNull();
        assertThat(server.getUserManager()
                .getUserByEmail("reply+AbCdEf0123456789AbCdEf0123456789@pact.ilfov.example"))
                .as("no mailbox of its own, where Copact would never look").isNull();
    }

    private int inboxOf(String email) throws Exception {
        return server.getManagers().getImapHostManager().getInbox(server.getUserManager().getUserByEmail(email))
                .getMessageCount();
    }

    private void send(String to) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", String.valueOf(server.getSmtp().getPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("elena@example.org"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Re: invitation");
        message.setText("We support solar panels on schools.");
        Transport.send(message);
    }
}
