package org.copact.mail;

import java.util.Properties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMTP server of the operator's choice, from the COPACT_SMTP_* variables. */
@Configuration(proxyBeanMethods = false)
class ExternalSmtpConfiguration {

    @Bean
    @ConditionalOnProperty(name = "copact.embedded.mail.enabled", havingValue = "false", matchIfMissing = true)
    SmtpSettings smtpSettings(MailProperties mail) {
        MailProperties.Smtp smtp = mail.smtp();
        if (smtp == null || smtp.host() == null || smtp.host().isBlank()) {
            throw new IllegalStateException("copact.mail.smtp.host (COPACT_SMTP_HOST) must be set: "
                    + "the SMTP server Copact sends its mail through");
        }
        return new SmtpSettings(smtp.host(), smtp.port(), smtp.username(), smtp.password(), smtp.secure());
    }

    @Bean
    Properties copactStartTls() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.starttls.enable", "true");
        properties.setProperty("mail.smtp.starttls.required", "true");
        return properties;
    }
}
