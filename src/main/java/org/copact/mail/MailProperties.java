package org.copact.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Mail settings ({@code copact.mail.*}). A setting that has an environment variable has its one
 * default beside that variable in {@code application*.yml}; the others have it here.
 *
 * @param from the sender of every mail, {@code Name <address>}
 * @param replyDomain the domain of the reply addresses; blank: the domain of {@code from}
 * @param smtp the operator's SMTP server (external profile)
 * @param imap the operator's mailbox for replies (external profile); its poll delay applies to the embedded server too
 *     (2 s there unless set, in application-embedded.yml)
 * @param in what mail in accepts
 */
@ConfigurationProperties("copact.mail")
public record MailProperties(String from, String replyDomain, Smtp smtp, Imap imap, @DefaultValue In in) {

    /** The domain of the reply addresses: {@code replyDomain}, else the domain of {@code from}. */
    public String replyAddressDomain() {
        if (replyDomain != null && !replyDomain.isBlank()) {
            return replyDomain.trim();
        }
        try {
            String address = new InternetAddress(from, true).getAddress();
            return address.substring(address.indexOf('@') + 1);
        } catch (AddressException e) {
            throw new IllegalStateException("COPACT_MAIL_FROM is no mail address: " + from, e);
        }
    }

    /** An SMTP server; {@code secure} asks for STARTTLS. */
    public record Smtp(String host, int port, String username, String password, boolean secure) {

        public Smtp {
            checkPort("copact.mail.smtp.port (COPACT_SMTP_PORT)", port);
        }
    }

    /** An IMAP mailbox; {@code secure} speaks IMAPS. */
    public record Imap(String host, int port, String username, String password, boolean secure,
            String processedFolder, Duration pollDelay) {

        public Imap {
            checkPort("copact.mail.imap.port (COPACT_IMAP_PORT)", port);
            if (pollDelay != null && (pollDelay.isNegative() || pollDelay.isZero())) {
                throw new IllegalArgumentException(
                        "copact.mail.imap.poll-delay (COPACT_IMAP_POLL_DELAY) must be positive, not " + pollDelay);
            }
        }
    }

    /**
     * @param maxSize a message above it is quarantined with its headers only, and its sender told
     * @param regionMailboxes per region id, the addresses ({@code ilfov@deals.example}) or domains
     *     ({@code ilfov.deals.example}) of its own that deliver into Copact's mailbox: a quarantined
     *     mail sent to one of them, with no round, is resolved by that region's facilitators
     */
    public record In(@DefaultValue("25MB") DataSize maxSize, Map<String, List<String>> regionMailboxes) {

        public In {
            regionMailboxes = regionMailboxes == null ? Map.of() : Map.copyOf(regionMailboxes);
            if (maxSize.toBytes() <= 0) {
                throw new IllegalArgumentException("copact.mail.in.max-size must be positive, not " + maxSize);
            }
        }
    }

    private static void checkPort(String setting, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(setting + " must be a port up to 65535, not " + port);
        }
    }
}
