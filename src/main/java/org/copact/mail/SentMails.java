package org.copact.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of every mail sent, by the key of its occasion. A mail is recorded in a transaction
 * of its own, committed as soon as the SMTP server accepted it: when a later step of the same
 * BPMN job fails and everything else rolls back, the record stays, and the retried job sends
 * nothing twice.
 */
@Repository
class SentMails {

    private static final Logger log = LoggerFactory.getLogger(SentMails.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final MailAttempts attempts;

    SentMails(JdbcTemplate jdbc, PlatformTransactionManager transactions, MailAttempts attempts) {
        this.jdbc = jdbc;
        this.attempts = attempts;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    boolean contains(String key) {
        return Boolean.TRUE.equals(ownTransaction.execute(status -> jdbc.queryForObject(
                "select exists (select 1 from sent_mail where idempotency_key = ?)", Boolean.class, key)));
    }

    Optional<String> messageIdOf(String key) {
        return ownTransaction.execute(status -> jdbc.query(
                "select coalesce(message_id, '') from sent_mail where idempotency_key = ?",
                (row, n) -> row.getString(1), key).stream().findFirst());
    }

    /** Records the mail of this attempt as sent, and deletes the attempt, the link in its text with it. */
    void record(MailAttempts.Attempt mail, Instant sentAt) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                jdbc.update("""
                        insert into sent_mail (id, idempotency_key, round_id, participation_id, kind, to_address,
                            message_id, reply_token_hash, bounce_token_hash, sent_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        UUID.randomUUID(), mail.key(), mail.roundId(), mail.participationId(), mail.kind(),
                        mail.toAddress(), mail.messageId(), mail.replyTokenHash(), mail.bounceTokenHash(),
                        Timestamp.from(sentAt));
                attempts.remove(mail.key());
            });
        } catch (DuplicateKeyException e) {
            // two threads or nodes sent the same kept attempt at once (same Message-ID, same link)
            ownTransaction.executeWithoutResult(status -> attempts.remove(mail.key()));
            log.warn("Mail {} was sent again as {}: its occasion was already recorded", mail.key(), mail.messageId());
        }
    }

    /** The participation a reply token was given to, and its round. */
    Optional<Addressee> addresseeOf(String replyTokenHash) {
        return addressee("reply_token_hash = ?", replyTokenHash);
    }

    /*
     * A report that a mail did not arrive concerns a participation only when the mail went to its
     * stakeholder (it carried a reply token): a notice to staff about that participation that
     * bounced says nothing of the stakeholder's address.
     */

    /** The stakeholder whose mail went out with this bounce token. */
    Optional<Addressee> addresseeOfBounce(String bounceTokenHash) {
        return addressee("bounce_token_hash = ? and reply_token_hash is not null", bounceTokenHash);
    }

    /** The stakeholder whose mail went out with this Message-ID. */
    Optional<Addressee> addresseeOfMessage(String messageId) {
        return addressee("message_id = ? and reply_token_hash is not null", messageId);
    }

    /** The stakeholder at this address whom Copact wrote to last. */
    Optional<Addressee> lastAddresseeAt(String address) {
        return addressee("lower(to_address) = lower(?) and reply_token_hash is not null", address);
    }

    /** The stakeholder whose mail went out with one of these Message-IDs (a reply's In-Reply-To, References). */
    Optional<Addressee> addresseeOfThread(List<String> messageIds) {
        return messageIds.stream().map(this::addresseeOfMessage).flatMap(Optional::stream).findFirst();
    }

    /*
     * A mail kept as an attempt may have gone out before its sent_mail row committed (a crash, an
     * SMTP answer lost): until its resend records it, its reply token and Message-ID are found among
     * the attempts, so that a reply or a report that arrives in between is matched all the same.
     */
    private Optional<Addressee> addressee(String condition, String value) {
        return jdbc.query("select participation_id, round_id, to_address from (select participation_id, round_id, "
                + "to_address, sent_at as at from sent_mail where " + condition + " union all select participation_id, "
                + "round_id, to_address, prepared_at from mail_attempt where " + condition + ") mail "
                + "order by at desc limit 1",
                (row, n) -> new Addressee(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getString(3)),
                value, value).stream().findFirst();
    }

    record Addressee(UUID participationId, UUID roundId, String toAddress) {
    }
}
