package org.copact.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded servers of the default start ({@code copact.embedded.*}); the defaults sit beside
 * their environment variables in {@code application-embedded.yml}.
 */
@ConfigurationProperties("copact.embedded")
public record EmbeddedProperties(Postgres postgres, Mail mail) {

    /** @param port 0: a free port */
    public record Postgres(boolean enabled, Path dataDirectory, int port) {

        public Postgres {
            checkPort("copact.embedded.postgres.port (COPACT_EMBEDDED_POSTGRES_PORT)", port);
        }
    }

    /** Ports on 127.0.0.1; 0: a free port. */
    public record Mail(boolean enabled, int smtpPort, int imapPort) {

        public Mail {
            checkPort("copact.embedded.mail.smtp-port (COPACT_EMBEDDED_SMTP_PORT)", smtpPort);
            checkPort("copact.embedded.mail.imap-port (COPACT_EMBEDDED_IMAP_PORT)", imapPort);
        }
    }

    private static void checkPort(String setting, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(setting + " must be a port from 0 (a free one) to 65535, not " + port);
        }
    }
}
