package org.copact.mail;

import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailMessage;
import org.copact.common.RouteFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The handler of {@link IntakeRouteConfiguration}: a message the mail-in route could not take, quarantined with why. */
@Component
class IntakeFailures {

    private static final Logger log = LoggerFactory.getLogger(IntakeFailures.class);

    private final IntakeRecords records;
    private final Clock clock;

    IntakeFailures(IntakeRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** Called for every failure of the mail-in route: leaves the message for the next poll, or quarantines it. */
    public void setAside(Exchange exchange) {
        if (RouteFailures.mayPass(exchange)) {
            log.warn("{}: taken again at the next poll: {}", exchange.getFromRouteId(), reason(exchange));
        } else {
            quarantineMail(exchange);
        }
    }

    /**
     * Records the message as quarantined with the reason, so that it is moved out of the inbox and a
     * facilitator sees it; under the same key on every node, so that it is quarantined once. A message
     * that left the inbox meanwhile was taken by another node or a mail client: nothing to set aside.
     */
    private void quarantineMail(Exchange exchange) {
        MailMessage mail = exchange.getIn(MailMessage.class);
        Message message = mail == null ? null : mail.getMessage();
        if (vanished(exchange, message)) {
            log.info("A message left the inbox while it was taken in: not quarantined ({})", reason(exchange));
            return;
        }
        String reason = MailReading.clip("could not be taken in: " + reason(exchange), 500);
        String key = MessageKeys.of(message).orElseGet(() -> "failed:" + UUID.randomUUID());
        UUID id = records.insert(new IntakeRecords.Taken(key, message == null ? null : MessageKeys.fingerprint(message, null),
                null, clock.instant(), from(message), subject(message), null, InboundMails.Outcome.QUARANTINED, reason,
                null, null));
        log.warn("Message {} quarantined ({}): {}", key, id == null ? "recorded before" : "recorded", reason,
                caught(exchange));
    }

    private static boolean vanished(Exchange exchange, Message message) {
        for (Throwable cause = caught(exchange); cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof MessageRemovedException) {
                return true;
            }
        }
        return message != null && message.isExpunged();
    }

    private static String reason(Exchange exchange) {
        return RouteFailures.reason(exchange);
    }

    private static Throwable caught(Exchange exchange) {
        return RouteFailures.caught(exchange);
    }

    private static String from(Message message) {
        try {
            return message == null || message.getFrom() == null || message.getFrom().length == 0 ? null
                    : message.getFrom()[0] instanceof InternetAddress address ? address.toUnicodeString().replace("\u0000", "")
                    : message.getFrom()[0].toString().replace("\u0000", "");
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String subject(Message message) {
        try {
            return message == null || message.getSubject() == null ? null : message.getSubject().replace("\u0000", "");
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }
}
