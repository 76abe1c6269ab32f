package org.copact.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a mail kept as an attempt ({@code mail_attempt}) stays once it is known to be sent
 * ({@code copact.mail.attempts.*}).
 *
 * @param retention an attempt whose mail sent_mail recorded this long ago is deleted, its text and
 *     link with it (7 days); one never recorded as sent waits for its resend, however old
 * @param purgeCron when the purge runs ({@code 0 40 * * * *}, hourly); several nodes may run it at once
 */
@ConfigurationProperties("copact.mail.attempts")
public record MailAttemptProperties(@DefaultValue("P7D") Duration retention,
        @DefaultValue("0 40 * * * *") String purgeCron) {

    public MailAttemptProperties {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("copact.mail.attempts.retention must not be negative, not " + retention);
        }
    }
}
