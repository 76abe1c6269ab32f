package org.copact.mail;

import org.copact.documents.SafeFileName;
import org.copact.documents.DocumentService;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailMessage;
import org.copact.common.InvalidInputException;
import org.copact.common.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each received message once, whichever node took it, and tells the rest of Copact of a
 * reply it could match. Replies are matched by the token of the Reply-To Copact gave, or else by the
 * sender's address when that is unambiguous ({@link Senders}); a delivery status notification is
 * matched as {@link DeliveryReports} tells; the rest, and what cannot be read, is quarantined for a
 * facilitator to assign.
 */
@Service
public class InboundMails {

    private static final Logger log = LoggerFactory.getLogger(InboundMails.class);

    private final JdbcTemplate jdbc;
    private final ReplyAddress replyAddress;
    private final SentMails sentMails;
    private final DeliveryReports reports;
    private final ApplicationEventPublisher events;
    private final DocumentService documents;
    private final Senders senders;
    private final Clock clock;
    private final long maxBytes;
    private final Session session = Session.getInstance(new Properties());

    InboundMails(JdbcTemplate jdbc, ReplyAddress replyAddress, SentMails sentMails, ApplicationEventPublisher events,
            DocumentService documents, Senders senders, DeliveryReports reports, Clock clock,
            MailProperties mail) {
        this.reports = reports;
        this.documents = documents;
        this.senders = senders;
        this.jdbc = jdbc;
        this.replyAddress = replyAddress;
        this.sentMails = sentMails;
        this.events = events;
        this.clock = clock;
        this.maxBytes = mail.in().maxSize().toBytes();
    }

    /**
     * Called by the mail-in route; a database failure is thrown, so the message stays in the inbox.
     * A message that left the inbox meanwhile (another node, or a mail client, took it) is no failure.
     */
    @Transactional
    public void take(Exchange exchange) throws MessagingException {
        Message fetched = exchange.getIn(MailMessage.class).getMessage();
        Instant now = clock.instant();
        try {
            if (fetched.getSize() > maxBytes) {
                String id = MessageKeys.of(fetched).orElse("size:" + fetched.getSize() + ":" + now);
                insert(new Taken(id, null, now, null, null, null, Outcome.QUARANTINED,
                        "larger than " + maxBytes + " bytes", null));
                return;
            }
            take(read(fetched), now);
        } catch (MessageRemovedException e) {
            log.info("A message left the inbox before it was read: another node or a mail client took it");
        } catch (Unreadable e) {
            log.warn("A message could not be read from the mailbox", e.getCause());
            insert(new Taken(e.key, null, now, null, null, null, Outcome.QUARANTINED,
                    MailReading.clip("unreadable: " + e.getCause().getMessage(), 500), null));
        }
    }

    /** The bytes of the message as the server holds them; a lost connection is thrown, to be tried again. */
    static byte[] read(Message fetched) throws MessagingException {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fetched.writeTo(bytes);
            return bytes.toByteArray();
        } catch (MessageRemovedException | FolderClosedException | StoreClosedException e) {
            throw e;
        } catch (IOException | MessagingException e) {
            // the body is streamed: Angus Mail wraps a lost connection or a removed message in an IOException
            if (fetched.isExpunged() || e.getCause() instanceof MessageRemovedException) {
                throw new MessageRemovedException("removed while read", e);
            }
            if (e.getCause() instanceof FolderClosedException || !fetched.getFolder().isOpen()) {
                // the message is fine: it stays in the inbox and is taken at the next poll
                throw new FolderClosedException(fetched.getFolder(), "the connection was lost while reading: "
                        + e.getMessage(), e);
            }
            throw new Unreadable(MessageKeys.of(fetched).orElse("unreadable:" + UUID.randomUUID()), e);
        }
    }

    void take(byte[] raw, Instant now) throws MessagingException {
        String hash = Sha256.hex(raw);
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
        String messageId = MessageKeys.ofMessageId(message.getMessageID()).orElse(MessageKeys.ofContent(hash));
        DeliveryReports.Report report = MailReading.isBounce(message) ? reports.read(message) : null;
        Optional<SentMails.Addressee> byToken = report != null ? Optional.empty()
                : MailReading.recipients(message).stream()
                        .map(replyAddress::tokenOf).flatMap(Optional::stream)
                        .map(token -> sentMails.addresseeOf(Sha256.hex(token))).flatMap(Optional::stream)
                        .findFirst();
        Senders.Match bySender = byToken.isPresent() || report != null ? null
                : senders.match(MailReading.from(message));
        Optional<SentMails.Addressee> addressee = report != null ? Optional.ofNullable(report.addressee())
                : byToken.or(() -> Optional.ofNullable(bySender.addressee()));
        String text = null;
        String unreadable = null;
        try {
            text = MailReading.text(message);
        } catch (IOException | MessagingException | RuntimeException e) {
            unreadable = MailReading.clip("the text cannot be read: " + e.getMessage(), 500);
        }
        Outcome outcome;
        String reason = null;
        if (report != null) {
            outcome = report.failed() ? Outcome.BOUNCE : Outcome.DELIVERY_STATUS;
            reason = report.description();
        } else if (MailReading.isAutomaticReply(message)) {
            outcome = Outcome.AUTO_REPLY;
        } else if (addressee.isEmpty()) {
            outcome = Outcome.QUARANTINED;
            reason = bySender.reason() + " (no reply address of Copact among the recipients)";
        } else if (unreadable != null) {
            outcome = Outcome.QUARANTINED;
            reason = unreadable;
        } else {
            outcome = Outcome.REPLY;
            reason = byToken.isPresent() ? null : "matched by the sender's address";
        }
        Taken taken = new Taken(messageId, hash, now, MailReading.from(message), MailReading.subject(message), text,
                outcome, reason, addressee.orElse(null));
        UUID id = insert(taken);
        if (id != null && outcome == Outcome.REPLY) {
            List<UUID> documentIds = keepAttachments(message, id, taken);
            events.publishEvent(new MailEvents.ReplyReceived(taken.addressee().roundId(),
                    taken.addressee().participationId(), id, withoutNul(text), documentIds, now,
                    byToken.isPresent()));
        }
        if (id != null && outcome == Outcome.BOUNCE && addressee.isPresent()) {
            events.publishEvent(new MailEvents.MailBounced(taken.addressee().roundId(),
                    taken.addressee().participationId(), id, taken.addressee().toAddress(), reason, now));
        }
    }

    /**
     * Attachments become documents of the round, whose ids are returned in the mail's order; what is
     * refused is noted on the message, never thrown.
     */
    private List<UUID> keepAttachments(MimeMessage message, UUID mailId, Taken taken) {
        List<UUID> kept = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        try {
            for (MailReading.Attachment attachment : MailReading.attachments(message, maxBytes)) {
                try {
                    kept.add(documents.add(new DocumentService.NewDocument(taken.addressee().roundId(),
                            taken.addressee().participationId(), mailId, attachment.fileName(), attachment.content(),
                            DocumentService.SOURCE_EMAIL, withoutNul(taken.from()))).document().id());
                } catch (InvalidInputException e) {
                    refused.add(SafeFileName.of(attachment.fileName()) + " " + e.errors().get(0).message());
                }
            }
        } catch (IOException | MessagingException | RuntimeException e) {
            refused.add("attachments unreadable: " + e.getMessage());
        }
        if (!refused.isEmpty()) {
            jdbc.update("update inbound_mail set reason = ? where id = ?",
                    MailReading.clip("refused: " + String.join("; ", refused), 500), mailId);
        }
        return kept;
    }

    /**
     * The text of this reply of this participation, as the stakeholder wrote it (what
     * {@link MailEvents.ReplyReceived} carried); empty if there is no such reply.
     */
    @Transactional(readOnly = true)
    public Optional<String> replyText(UUID inboundMailId, UUID participationId) {
        return jdbc.query("""
                select coalesce(body_text, '') from inbound_mail where id = ? and participation_id = ?
                and outcome = 'REPLY'""", (row, n) -> row.getString(1), inboundMailId, participationId)
                .stream().findFirst();
    }

    /** Inserts unless another poll or another node took the same message first; then null. */
    private UUID insert(Taken taken) {
        UUID id = UUID.randomUUID();
        SentMails.Addressee addressee = taken.addressee();
        int inserted = jdbc.update("""
                insert into inbound_mail (id, message_id, raw_sha256, received_at, from_address, subject, body_text,
                    outcome, reason, round_id, participation_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (message_id) do nothing""",
                id, taken.messageId(), taken.rawSha256(), Timestamp.from(taken.at()), withoutNul(taken.from()),
                withoutNul(taken.subject()), withoutNul(taken.text()),
                taken.outcome().name(), taken.reason(), addressee == null ? null : addressee.roundId(),
                addressee == null ? null : addressee.participationId());
        if (inserted == 0) {
            log.info("Message {} was taken before: not recorded again", taken.messageId());
            return null;
        }
        log.info("Message {} recorded as {}", taken.messageId(), taken.outcome());
        return id;
    }

    /** PostgreSQL text holds no NUL character; a hostile header or body may. */
    private static String withoutNul(String text) {
        return text == null ? null : text.replace("\u0000", "");
    }

    enum Outcome {
        REPLY, AUTO_REPLY, BOUNCE, DELIVERY_STATUS, QUARANTINED
    }

    /** A message the server holds but will not give, with the key it is quarantined under. */
    private static final class Unreadable extends MessagingException {
        private final String key;

        Unreadable(String key, Exception cause) {
            super(cause.getMessage(), cause);
            this.key = key;
        }
    }

    private record Taken(String messageId, String rawSha256, Instant at, String from, String subject, String text,
            Outcome outcome, String reason, SentMails.Addressee addressee) {
    }
}
