package org.copact.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Mails written and committed before they are handed to the SMTP server, by the key of their
 * occasion ({@code mail_attempt}): what a retry sends again, byte for byte.
 */
@Repository
class MailAttempts {

    private final JdbcTemplate jdbc;

    MailAttempts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A mail ready to leave.
     *
     * @param message the whole MIME message (RFC 5322), as it goes out
     * @param envelopeFrom the SMTP {@code MAIL FROM}, the mail's own bounce address
     */
    record Attempt(String key, UUID roundId, UUID participationId, String kind, String toAddress, String messageId,
            String replyTokenHash, String bounceTokenHash, String envelopeFrom, byte[] message) {
    }

    Optional<Attempt> find(String key) {
        return jdbc.query("""
                select idempotency_key, round_id, participation_id, kind, to_address, message_id, reply_token_hash,
                    bounce_token_hash, envelope_from, message
                from mail_attempt where idempotency_key = ?""",
                (row, n) -> new Attempt(row.getString(1), row.getObject(2, UUID.class), row.getObject(3, UUID.class),
                        row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                        row.getString(9), row.getBytes(10)),
                key).stream().findFirst();
    }

    /** Throws a DuplicateKeyException when another attempt of the same occasion was written first. */
    void add(Attempt attempt, Instant at) {
        jdbc.update("""
                insert into mail_attempt (idempotency_key, round_id, participation_id, kind, to_address, message_id,
                    reply_token_hash, bounce_token_hash, envelope_from, message, prepared_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                attempt.key(), attempt.roundId(), attempt.participationId(), attempt.kind(), attempt.toAddress(),
                attempt.messageId(), attempt.replyTokenHash(), attempt.bounceTokenHash(), attempt.envelopeFrom(),
                attempt.message(), Timestamp.from(at));
    }

    /** The mail went out and is recorded in sent_mail: its bytes, and the link in them, are not kept. */
    void remove(String key) {
        jdbc.update("delete from mail_attempt where idempotency_key = ?", key);
    }
}
