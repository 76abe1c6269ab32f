package org.copact.mail;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The operator's mailbox for replies, from the COPACT_IMAP_* variables; without a host, no mail is read. */
@Configuration(proxyBeanMethods = false)
class ExternalImapConfiguration {

    @Bean
    @ConditionalOnExpression("'${copact.embedded.mail.enabled:false}' != 'true' and '${copact.mail.imap.host:}' != ''")
    ImapSettings imapSettings(@Value("${copact.mail.imap.host}") String host,
            @Value("${copact.mail.imap.port:993}") int port,
            @Value("${copact.mail.imap.username}") String username,
            @Value("${copact.mail.imap.password}") String password,
            @Value("${copact.mail.imap.secure:true}") boolean secure,
            @Value("${copact.mail.imap.processed-folder:Copact-Processed}") String processedFolder,
            @Value("${copact.mail.imap.poll-delay:PT30S}") Duration pollDelay) {
        return new ImapSettings(host, port, username, password, secure, processedFolder, pollDelay);
    }
}
