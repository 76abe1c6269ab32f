package org.copact.intake;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.apache.camel.ProducerTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Sends a mail now, through the mail-out route; returns the Message-ID it was sent with. */
@Service
public class MailOutbox {

    private final ProducerTemplate producer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MailOutbox(ProducerTemplate producer, ApplicationEventPublisher events, Clock clock) {
        this.producer = producer;
        this.events = events;
        this.clock = clock;
    }

    /** Sends now; an SMTP failure is thrown to the caller, which retries. */
    public String send(OutgoingMail mail) {
        MimeMessage sent = producer.requestBody(MailOutRoute.ENDPOINT, mail, MimeMessage.class);
        String messageId = messageId(sent);
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
