package org.copact.mail;

import org.copact.documents.DocumentRefused;
import org.copact.documents.DocumentService;
import org.copact.documents.SafeFileName;
import org.copact.mail.IntakeRecords.Taken;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
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
    private final IntakeRecords records;
    private final RecipientRegions regions;
    private final ReplyAddress replyAddress;
    private final SentMails sentMails;
    private final DeliveryReports reports;
    private final ApplicationEventPublisher events;
    private final DocumentService documents;
    private final Senders senders;
    private final Clock clock;
    private final long maxBytes;
    private final Session session = Session.getInstance(new Properties());

    InboundMails(JdbcTemplate jdbc, IntakeRecords records, RecipientRegions regions, ReplyAddress replyAddress,
            SentMails sentMails, ApplicationEventPublisher events, DocumentService documents, Senders senders,
            DeliveryReports reports, Clock clock, MailProperties mail) {
        this.records = records;
        this.regions = regions;
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
                takeTooLarge(fetched, now);
                return;
            }
            take(read(fetched), now);
        } catch (MessageRemovedException e) {
            log.info("A message left the inbox before it was read: another node or a mail client took it");
        } catch (Unreadable e) {
            log.warn("A message could not be read from the mailbox", e.getCause());
            records.insert(new Taken(e.key, MessageKeys.fingerprint(fetched, null), null, now, null, null, null,
                    Outcome.QUARANTINED, MailReading.clip("unreadable: " + e.getCause().getMessage(), 500), null,
                    null));
        }
    }

    /**
     * A message larger than Copact takes in is quarantined from its headers alone, which the server
     * gives without the body (fetched ahead by {@link ImapPrefetch}): who sent it, its subject, and
     * the round and participation its reply address names, so that the round's facilitators see it
     * and its sender is told how else to send the file.
     */
    private void takeTooLarge(Message fetched, Instant now) throws MessagingException {
        MimeMessage headers = headersOf(fetched);
        String messageId = MessageKeys.of(fetched).orElse("size:" + fetched.getSize() + ":" + now);
        Addressing addressing = addressing(headers);
        SentMails.Addressee addressee = addressing.addressee().orElse(null);
        String subject = MailReading.subject(headers);
        UUID id = records.insert(new Taken(messageId, MessageKeys.fingerprint(headers, null), null, now,
                MailReading.from(headers), subject, null, Outcome.QUARANTINED, "larger than " + maxBytes + " bytes",
                addressee, addressing.regionId()));
        if (id != null && addressee != null) {
            events.publishEvent(new MailEvents.MailTooLarge(addressee.roundId(), addressee.participationId(), id,
                    IntakeRecords.withoutNul(subject), fetched.getSize(), maxBytes, now));
        }
    }

    /** The headers of a message, without its body; none when even they cannot be read. */
    private MimeMessage headersOf(Message fetched) {
        MimeMessage headers = new MimeMessage(session);
        try {
            for (Enumeration<Header> all = fetched.getAllHeaders(); all.hasMoreElements(); ) {
                Header header = all.nextElement();
                headers.addHeader(header.getName(), header.getValue());
            }
        } catch (MessagingException | RuntimeException e) {
            log.warn("The headers of a message too large to take in cannot be read: {}", e.getMessage());
        }
        return headers;
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
        Addressing addressing = report != null ? addressing(report, message) : addressing(message);
        Optional<SentMails.Addressee> addressee = addressing.addressee();
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
            reason = addressing.bySender().reason() + " (no reply address of Copact among the recipients)";
        } else if (unreadable != null) {
            outcome = Outcome.QUARANTINED;
            reason = unreadable;
        } else {
            outcome = Outcome.REPLY;
            reason = addressing.vouched() ? null : addressing.bySender() == null
                    ? "matched by the mail it answers (In-Reply-To, References)" : "matched by the sender's address";
        }
        Taken taken = new Taken(messageId, MessageKeys.fingerprint(message, raw), hash, now, MailReading.from(message),
                MailReading.subject(message), text, outcome, reason, addressee.orElse(null), addressing.regionId());
        UUID id = records.insert(taken);
        if (id != null && outcome == Outcome.REPLY) {
            List<UUID> documentIds = keepAttachments(message, id, taken);
            events.publishEvent(new MailEvents.ReplyReceived(taken.addressee().roundId(),
                    taken.addressee().participationId(), id, IntakeRecords.withoutNul(text), documentIds, now,
                    addressing.vouched()));
        }
        if (id != null && outcome == Outcome.BOUNCE && addressee.isPresent()) {
            events.publishEvent(new MailEvents.MailBounced(taken.addressee().roundId(),
                    taken.addressee().participationId(), id, taken.addressee().toAddress(), reason, now));
        }
    }

    /**
     * Whose the message is: the addressee of the reply token among its recipients, else of the mail
     * it answers (its In-Reply-To or References), else its sender's participation when unambiguous;
     * with none, the region whose mailbox it was sent to.
     */
    private Addressing addressing(MimeMessage message) {
        List<String> recipients = MailReading.recipients(message);
        Optional<SentMails.Addressee> byToken = recipients.stream()
                .map(replyAddress::tokenOf).flatMap(Optional::stream)
                .map(token -> sentMails.addresseeOf(Sha256.hex(token))).flatMap(Optional::stream)
                .findFirst();
        Optional<SentMails.Addressee> byMail = byToken.isPresent() ? byToken
                : sentMails.addresseeOfThread(MailReading.threadIds(message));
        Senders.Match bySender = byMail.isPresent() ? null : senders.match(MailReading.from(message));
        Optional<SentMails.Addressee> addressee = byMail.or(() -> Optional.ofNullable(bySender.addressee()));
        String regionId = addressee.isPresent() ? null : regions.regionOf(recipients).orElse(null);
        return new Addressing(addressee, byToken.isPresent(), bySender, regionId);
    }

    /** A delivery report is whose {@link DeliveryReports} found it to be; unmatched, the region it was sent to. */
    private Addressing addressing(DeliveryReports.Report report, MimeMessage message) {
        Optional<SentMails.Addressee> addressee = Optional.ofNullable(report.addressee());
        String regionId = addressee.isPresent() ? null
                : regions.regionOf(MailReading.recipients(message)).orElse(null);
        return new Addressing(addressee, addressee.isPresent(), null, regionId);
    }

    /**
     * Attachments become documents of the round, whose ids are returned in the mail's order; what is
     * refused is noted on the message and told ({@link MailEvents.AttachmentsRefused}), never thrown.
     */
    private List<UUID> keepAttachments(MimeMessage message, UUID mailId, Taken taken) {
        List<UUID> kept = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<MailEvents.RefusedAttachment> refusals = new ArrayList<>();
        try {
            for (MailReading.Attachment attachment : MailReading.attachments(message, maxBytes)) {
                try {
                    kept.add(documents.add(new DocumentService.NewDocument(taken.addressee().roundId(),
                            taken.addressee().participationId(), mailId, attachment.fileName(), attachment.content(),
                            DocumentService.SOURCE_EMAIL, IntakeRecords.withoutNul(taken.from()))).document().id());
                } catch (DocumentRefused e) {
                    refused.add(SafeFileName.of(attachment.fileName()) + " " + e.errors().get(0).message());
                    refusals.add(new MailEvents.RefusedAttachment(SafeFileName.of(attachment.fileName()),
                            e.reason().name(), e.argument()));
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
        if (!refusals.isEmpty()) {
            events.publishEvent(new MailEvents.AttachmentsRefused(taken.addressee().roundId(),
                    taken.addressee().participationId(), mailId, refusals, taken.at()));
        }
        return kept;
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

    /** @param vouched the addressee is the reply token's, not guessed from the sender */
    private record Addressing(Optional<SentMails.Addressee> addressee, boolean vouched, Senders.Match bySender,
            String regionId) {
    }
}
