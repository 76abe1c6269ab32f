package org.copact.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the attempts ({@link MailAttempts}) that nothing will send again: those whose mail
 * sent_mail records as sent longer ago than the retention. Recording a mail deletes its attempt in
 * the same transaction; one is left behind when that delete did not happen (two nodes sent the same
 * kept attempt at once and the loser's delete failed, or a Copact before that rule), and its bytes
 * hold a personal link that must not wait in the database for ever. An attempt without a sent_mail
 * row is a mail whose resend is still owed, and stays.
 */
@Component
class MailAttemptPurge {

    private static final Logger log = LoggerFactory.getLogger(MailAttemptPurge.class);

    private final JdbcTemplate jdbc;
    private final MailAttemptProperties properties;
    private final Clock clock;

    MailAttemptPurge(JdbcTemplate jdbc, MailAttemptProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** the number of attempts deleted */
    @Scheduled(cron = "${copact.mail.attempts.purge-cron:0 40 * * * *}")
    @Transactional
    public int purge() {
        Instant before = clock.instant().minus(properties.retention());
        int purged = jdbc.update("""
                delete from mail_attempt attempt where exists (select 1 from sent_mail sent
                    where sent.idempotency_key = attempt.idempotency_key and sent.sent_at < ?)""",
                Timestamp.from(before));
        if (purged > 0) {
            log.info("Deleted {} mail attempt(s) sent before {}", purged, before);
        }
        return purged;
    }
}
