package org.copact.mail;

import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMTP server of the operator's choice, from the COPACT_SMTP_* variables. */
@Configuration(proxyBeanMethods = false)
class ExternalSmtpConfiguration {

    @Bean
    @ConditionalOnProperty(name = "copact.embedded.mail.enabled", havingValue = "false", matchIfMissing = true)
    SmtpSettings smtpSettings(@Value("${copact.mail.smtp.host}") String host,
            @Value("${copact.mail.smtp.port:587}") int port,
            @Value("${copact.mail.smtp.username:}") String username,
            @Value("${copact.mail.smtp.password:}") String password,
            @Value("${copact.mail.smtp.secure:true}") boolean secure) {
        return new SmtpSettings(host, port, username, password, secure);
    }

    @Bean
    Properties copactStartTls() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.starttls.enable", "true");
        properties.setProperty("mail.smtp.starttls.required", "true");
        return properties;
    }
}
