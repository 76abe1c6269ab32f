package org.copact.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The address in every personal link, bound from Copact's own application.yml, without starting Copact. */
class LinkPropertiesTests {

    private final ApplicationContextRunner copact = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Settings.class);

    @Test
    void shouldLinkToLocalhostOnTheHttpPortForSixtyDaysByDefault() {
        copact.withPropertyValues("COPACT_PORT=18080").run(context -> {
            LinkProperties links = context.getBean(LinkProperties.class);
            assertThat(links.publicUrl()).isEqualTo(URI.create("http://localhost:18080"));
            assertThat(links.linkValidity()).isEqualTo(Duration.ofDays(60));
        });
    }

    @Test
    void shouldRefuseToStartWithAPublicUrlThatIsNoAbsoluteAddress() {
        copact.withPropertyValues("COPACT_PUBLIC_URL=copact.example.org").run(context -> assertThat(context)
                .getFailure().hasStackTraceContaining("COPACT_PUBLIC_URL").hasStackTraceContaining("absolute"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LinkProperties.class)
    static class Settings {
    }
}
