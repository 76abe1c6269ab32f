package org.copact.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.copact.common.Sha256;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Sends a mail now, through the mail-out route, once per occasion; returns the Message-ID it was
 * sent with. Each mail goes out with an envelope sender of its own ({@link BounceAddress}), so that a
 * report that it could not be delivered names it.
 */
@Service
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final ProducerTemplate producer;
    private final SentMails sentMails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MailOutbox(ProducerTemplate producer, SentMails sentMails, ApplicationEventPublisher events, Clock clock) {
        this.producer = producer;
        this.sentMails = sentMails;
        this.events = events;
        this.clock = clock;
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
        Optional<String> earlier = sentMails.messageIdOf(mail.key());
        if (earlier.isPresent()) {
            log.info("Not sending {} again: it went out as {}", mail.key(), earlier.get());
            return earlier.get();
        }
        String replyToken = mail.invitesReply() ? ReplyAddress.newToken() : null;
        String bounceToken = BounceAddress.newToken();
        Map<String, Object> tokens = new HashMap<>();
        tokens.put(MailOutRoute.REPLY_TOKEN, replyToken);
        tokens.put(MailOutRoute.BOUNCE_TOKEN, bounceToken);
        MimeMessage sent = producer.requestBodyAndHeaders(MailOutRoute.ENDPOINT, mail, tokens, MimeMessage.class);
        String messageId = messageId(sent);
        sentMails.record(mail, messageId, replyToken == null ? null : Sha256.hex(replyToken), Sha256.hex(bounceToken),
                clock.instant());
        events.publishEvent(new MailEvents.MailSent(mail.roundId(), mail.participationId(), mail.kind(),
                mail.toAddress(), messageId, clock.instant()));
        return messageId;
    }

    private static String messageId(MimeMessage sent) {
        try {
            return sent == null ? null : sent.getMessageID();
        } catch (MessagingException e) {
            return null;
        }
    }
}
