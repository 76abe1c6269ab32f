package org.copact.mail;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.camel.ProducerTemplate;
import org.copact.mail.MailAttempts.Attempt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a mail now, through the mail-out route, once per occasion; returns the Message-ID it was
 * sent with. Each mail goes out with an envelope sender of its own ({@link BounceAddress}), so that a
 * report that it could not be delivered names it.
 * <p>
 * A mail is written, with its Message-ID, its tokens and the personal link in its text, and
 * committed as an attempt ({@link MailAttempts}) before the SMTP server sees it. A step retried after
 * the server took the mail but before that was recorded (a crash, a failure later in the same job)
 * sends the kept attempt again, byte for byte: the recipient sees the same Message-ID and the same
 * link, never a second valid one.
 */
@Service
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final ProducerTemplate producer;
    private final SentMails sentMails;
    private final MailAttempts attempts;
    private final MailWriting writing;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    MailOutbox(ProducerTemplate producer, SentMails sentMails, MailAttempts attempts, MailWriting writing,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.producer = producer;
        this.sentMails = sentMails;
        this.attempts = attempts;
        this.writing = writing;
        this.events = events;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether the mail of this occasion went out already (then there is nothing to prepare for it). */
    public boolean hasSent(String key) {
        return sentMails.contains(key);
    }

    /**
     * Sends now, unless the mail of this occasion was sent before; an SMTP failure is thrown to the
     * caller, which retries.
     */
    public String send(OutgoingMail mail) {
        return send(mail.key(), () -> mail);
    }

    /**
     * Sends the mail of this occasion now, unless it was sent before. writer writes it only when no
     * attempt of this occasion was kept yet, inside the transaction that keeps it, so that what it
     * makes for the mail (a personal link) is committed with the attempt, before the mail leaves,
     * and is made once however often the step runs. An SMTP failure is thrown to the caller, which
     * retries.
     */
    public String send(String key, Supplier<OutgoingMail> writer) {
        Optional<String> earlier = sentMails.messageIdOf(key);
        if (earlier.isPresent()) {
            log.info("Not sending {} again: it went out as {}", key, earlier.get());
            return earlier.get();
        }
        Attempt attempt = ownTransaction.execute(status -> attempts.find(key)).map(kept -> {
            log.info("Sending {} again as {}: the server may have taken it before the last attempt was cut short",
                    key, kept.messageId());
            return kept;
        }).orElseGet(() -> attempt(key, writer));
        producer.sendBodyAndHeaders(MailOutRoute.ENDPOINT, writing.message(attempt),
                Map.of(MailOutRoute.KIND, attempt.kind(), MailOutRoute.ROUND, String.valueOf(attempt.roundId())));
        sentMails.record(attempt, clock.instant());
        events.publishEvent(new MailEvents.MailSent(attempt.roundId(), attempt.participationId(), attempt.kind(),
                attempt.toAddress(), attempt.messageId(), clock.instant()));
        return attempt.messageId();
    }

    /**
     * Sends a mail that carries a secret (a one-time signing code) without keeping it as an attempt:
     * its code is stored only as a hash, so its text must not wait in the database for a retry. A
     * retry after a crash writes a new mail with a new code, which is what the signatory would ask for.
     */
    public String sendSecret(OutgoingMail mail) {
        Optional<String> earlier = sentMails.messageIdOf(mail.key());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Attempt attempt = writing.write(mail);
        producer.sendBodyAndHeaders(MailOutRoute.ENDPOINT, writing.message(attempt),
                Map.of(MailOutRoute.KIND, attempt.kind(), MailOutRoute.ROUND, String.valueOf(attempt.roundId())));
        sentMails.record(attempt, clock.instant());
        events.publishEvent(new MailEvents.MailSent(attempt.roundId(), attempt.participationId(), attempt.kind(),
                attempt.toAddress(), attempt.messageId(), clock.instant()));
        return attempt.messageId();
    }

    private Attempt attempt(String key, Supplier<OutgoingMail> writer) {
        try {
            return ownTransaction.execute(status -> {
                OutgoingMail mail = writer.get();
                if (!mail.key().equals(key)) {
                    throw new IllegalArgumentException("The mail of " + key + " was written as " + mail.key());
                }
                Attempt written = writing.write(mail);
                attempts.add(written, clock.instant());
                return written;
            });
        } catch (DuplicateKeyException e) {
            // another thread or node wrote the mail of this occasion at the same moment (its link with
            // it; this one's rolled back): the one that was kept is the one that goes
            return ownTransaction.execute(status -> attempts.find(key)).orElseThrow(() -> e);
        }
    }
}
