package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.util.unit.DataSize;

/**
 * The operator's mail servers as the COPACT_* variables of the README set them, bound from
 * Copact's own application.yml files with the external profile, without starting Copact.
 */
class MailSettingsTests {

    private final ApplicationContextRunner external = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withPropertyValues("spring.profiles.active=external", "COPACT_SMTP_HOST=smtp.example.org")
            .withUserConfiguration(Settings.class);

    @Test
    void shouldTakeTheImapAndSmtpServersFromTheEnvironment() {
        external.withPropertyValues("COPACT_IMAP_HOST=imap.example.org", "COPACT_IMAP_USERNAME=copact",
                "COPACT_IMAP_PASSWORD=p&ss", "COPACT_IMAP_POLL_DELAY=PT1M", "COPACT_SMTP_PORT=2525",
                "COPACT_SMTP_SECURE=false").run(context -> {
                    assertThat(context.getBean(ImapSettings.class)).isEqualTo(new ImapSettings("imap.example.org", 993,
                            "copact", "p&ss", true, "Copact-Processed", Duration.ofMinutes(1)));
                    assertThat(context.getBean(SmtpSettings.class))
                            .isEqualTo(new SmtpSettings("smtp.example.org", 2525, "", "", false));
                    assertThat(context.getBean(MailProperties.class).in().maxSize()).isEqualTo(DataSize.ofMegabytes(25));
                });
    }

    @Test
    void shouldReadNoMailWithoutAnImapHost() {
        external.run(context -> {
            assertThat(context).doesNotHaveBean(ImapSettings.class);
            assertThat(context.getBean(SmtpSettings.class)).isEqualTo(new SmtpSettings("smtp.example.org", 587, "", "",
                    true));
        });
    }

    @Test
    void shouldRefuseToStartWithAPortOutOfRangeNamingItsVariable() {
        external.withPropertyValues("COPACT_SMTP_PORT=70000").run(context -> assertThat(context).getFailure()
                .hasStackTraceContaining("COPACT_SMTP_PORT").hasStackTraceContaining("65535"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MailProperties.class)
    @Import({ExternalImapConfiguration.class, ExternalSmtpConfiguration.class})
    static class Settings {
    }
}
