package org.copact.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.copact.mail.ImapSettings;
import org.copact.mail.MailProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The embedded start's settings, bound from Copact's own application.yml files as a person starts
 * it (no test profile), without starting Copact: only the embedded mail server and its settings.
 */
class EmbeddedMailSettingsTests {

    private final ApplicationContextRunner embedded = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withPropertyValues("spring.profiles.active=embedded", "COPACT_EMBEDDED_SMTP_PORT=0",
                    "COPACT_EMBEDDED_IMAP_PORT=0")
            .withUserConfiguration(Settings.class);

    @Test
    void shouldReadTheEmbeddedInboxAsOftenAsCopactImapPollDelaySays() {
        embedded.withPropertyValues("COPACT_IMAP_POLL_DELAY=PT7S").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ImapSettings.class).pollDelay()).isEqualTo(Duration.ofSeconds(7));
        });
    }

    @Test
    void shouldReadTheEmbeddedInboxEveryTwoSecondsByDefaultSoThatSomeoneTryingCopactSeesTheirReply() {
        embedded.run(context -> assertThat(context.getBean(ImapSettings.class).pollDelay())
                .isEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void shouldRefuseToStartWithANegativePollDelayNamingTheSetting() {
        embedded.withPropertyValues("COPACT_IMAP_POLL_DELAY=-PT5S").run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("COPACT_IMAP_POLL_DELAY").hasStackTraceContaining("positive"));
    }

    @Test
    void shouldRefuseToStartWithAPortOutOfRangeNamingTheSetting() {
        embedded.withPropertyValues("COPACT_EMBEDDED_SMTP_PORT=70000").run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("COPACT_EMBEDDED_SMTP_PORT"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({EmbeddedProperties.class, MailProperties.class})
    @Import(EmbeddedMailConfiguration.class)
    static class Settings {
    }
}
