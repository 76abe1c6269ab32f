package org.copact.system;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.copact.mail.ImapSettings;
import org.copact.mail.MailProperties;
import org.copact.mail.SmtpSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default start: an SMTP and IMAP server (GreenMail) on loopback that accepts every mail
 * Copact sends, so a person trying Copact can read them on the sent-mail page. Port 0 picks a
 * free port, which is what the tests do.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "copact.embedded.mail.enabled", havingValue = "true")
class EmbeddedMailConfiguration {

    static final String LOOPBACK = "127.0.0.1";
    /** The mailbox replies reach: every reply+token address of the reply domain is delivered to it. */
    static final String INBOX_USER = "copact@localhost";
    // loopback only, on a server that exists for trying Copact out
    private static final String INBOX_PASSWORD = "copact";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailConfiguration.class);

    @Bean(destroyMethod = "stop")
    GreenMail embeddedMailServer(EmbeddedProperties embedded, MailProperties mail) {
        int smtpPort = embedded.mail().smtpPort();
        int imapPort = embedded.mail().imapPort();
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                port(new ServerSetup(smtpPort, LOOPBACK, ServerSetup.PROTOCOL_SMTP), smtpPort),
                port(new ServerSetup(imapPort, LOOPBACK, ServerSetup.PROTOCOL_IMAP), imapPort)});
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        greenMail.setUser(INBOX_USER, INBOX_USER, INBOX_PASSWORD);
        PlusAddressedDelivery.install(greenMail.getUserManager(), INBOX_USER, mail.replyAddressDomain());
        log.info("Embedded mail server: SMTP on {}:{}, IMAP on {}:{}", LOOPBACK, greenMail.getSmtp().getPort(),
                LOOPBACK, greenMail.getImap().getPort());
        return greenMail;
    }

    @Bean
    SmtpSettings smtpSettings(GreenMail embeddedMailServer) {
        return new SmtpSettings(LOOPBACK, embeddedMailServer.getSmtp().getPort(), null, null, false);
    }

    /** The embedded mailbox, read every COPACT_IMAP_POLL_DELAY (2 s unless set: application-embedded.yml). */
    @Bean
    ImapSettings imapSettings(GreenMail embeddedMailServer, MailProperties mail) {
        return new ImapSettings(LOOPBACK, embeddedMailServer.getImap().getPort(), INBOX_USER, INBOX_PASSWORD, false,
                "Processed", mail.imap().pollDelay());
    }

    private static ServerSetup port(ServerSetup setup, int port) {
        return port == 0 ? setup.dynamicPort() : setup;
    }
}
