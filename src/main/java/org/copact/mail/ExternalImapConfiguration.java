package org.copact.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The operator's mailbox for replies, from the COPACT_IMAP_* variables; without a host, no mail is read. */
@Configuration(proxyBeanMethods = false)
class ExternalImapConfiguration {

    @Bean
    @ConditionalOnExpression("'${copact.embedded.mail.enabled:false}' != 'true' and '${copact.mail.imap.host:}' != ''")
    ImapSettings imapSettings(MailProperties mail) {
        MailProperties.Imap imap = mail.imap();
        return new ImapSettings(imap.host(), imap.port(), imap.username(), imap.password(), imap.secure(),
                imap.processedFolder(), imap.pollDelay());
    }
}
