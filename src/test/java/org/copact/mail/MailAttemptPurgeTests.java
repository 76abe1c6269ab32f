package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.copact.HttpTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An attempt whose mail is recorded as sent is deleted once the retention (7 days by default) has
 * passed, its text and link with it; one still owed its resend stays, however old.
 */
class MailAttemptPurgeTests extends HttpTestSupport {

    @Autowired
    MailAttemptPurge purge;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldDeleteTheAttemptsOfMailSentLongerAgoThanTheRetentionOnly() {
        Instant now = Instant.now();
        String sentLongAgo = attempt(now.minus(Duration.ofDays(9)));
        sent(sentLongAgo, now.minus(Duration.ofDays(8)));
        String sentLately = attempt(now.minus(Duration.ofDays(9)));
        sent(sentLately, now.minus(Duration.ofDays(6)));
        String owed = attempt(now.minus(Duration.ofDays(30)));

        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList("select idempotency_key from mail_attempt where idempotency_key in (?, ?, ?)",
                String.class, sentLongAgo, sentLately, owed)).containsExactlyInAnyOrder(sentLately, owed);
        assertThat(jdbc.queryForObject("select count(*) from sent_mail where idempotency_key = ?", Integer.class,
                sentLongAgo)).as("the record of the mail stays").isEqualTo(1);
        assertThat(purge.purge()).as("nothing left to delete").isZero();
    }

    private String attempt(Instant preparedAt) {
        String key = "purge-test:" + UUID.randomUUID();
        jdbc.update("""
                insert into mail_attempt (idempotency_key, round_id, participation_id, kind, to_address, message_id,
                    reply_token_hash, bounce_token_hash, envelope_from, message, prepared_at)
                values (?, null, null, 'invitation', 'ana@purge.example', ?, null, ?, 'bounce@localhost', ?, ?)""",
                key, "<" + UUID.randomUUID() + "@localhost>", org.copact.common.Sha256.hex(key),
                "Subject: x\r\n\r\nhttp://localhost/s/secret-link".getBytes(), Timestamp.from(preparedAt));
        return key;
    }

    private void sent(String key, Instant sentAt) {
        jdbc.update("""
                insert into sent_mail (id, idempotency_key, kind, to_address, message_id, sent_at)
                values (?, ?, 'invitation', 'ana@purge.example', ?, ?)""",
                UUID.randomUUID(), key, "<" + UUID.randomUUID() + "@localhost>", Timestamp.from(sentAt));
    }
}
