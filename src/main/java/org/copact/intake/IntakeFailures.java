package org.copact.intake;

import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/** The handlers of {@link IntakeRouteConfiguration}: what an intake route could not take, set aside with why. */
@Component
class IntakeFailures {

    private static final Logger log = LoggerFactory.getLogger(IntakeFailures.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IntakeFailures(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The database, the SMTP server a notice goes to, or the connection to the mailbox was away: the
     * same message may pass next time.
     */
    static boolean mayPass(Exchange exchange) {
        for (Throwable cause = caught(exchange); cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException || cause instanceof CamelExecutionException
                    || cause instanceof FolderClosedException || cause instanceof StoreClosedException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** Asked without reading the headers of a mail, which fails for a message that left the inbox meanwhile. */
    static boolean isFile(Exchange exchange) {
        return !(exchange.getIn() instanceof MailMessage) && exchange.getIn().getHeader(Exchange.FILE_PARENT) != null;
    }

    /** Called for every failure of an intake route: leaves it for the next poll, or sets it aside with why. */
    void setAside(Exchange exchange) throws IOException {
        if (mayPass(exchange)) {
            log.warn("{}: taken again at the next poll: {}", exchange.getFromRouteId(), reason(exchange));
        } else if (isFile(exchange)) {
            explainFile(exchange);
        } else {
            quarantineMail(exchange);
        }
    }

    /** Writes beside the refused file why it was refused; the route then moves it to {@code error/}. */
    private void explainFile(Exchange exchange) throws IOException {
        Path parent = Path.of(exchange.getIn().getHeader(Exchange.FILE_PARENT, String.class));
        String name = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        Path errors = Files.createDirectories(parent.resolve("error"));
        Files.writeString(errors.resolve(name + FileDropRoute.WHY_SUFFIX), reason(exchange) + System.lineSeparator(),
                StandardCharsets.UTF_8);
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
        int inserted = jdbc.update("""
                insert into inbound_mail (id, message_id, received_at, from_address, subject, outcome, reason)
                values (?, ?, ?, ?, ?, 'QUARANTINED', ?) on conflict (message_id) do nothing""",
                UUID.randomUUID(), key, Timestamp.from(clock.instant()), MailReading.clip(from(message), 500),
                MailReading.clip(subject(message), 1000), reason);
        log.warn("Message {} quarantined ({} recorded): {}", key, inserted, reason, caught(exchange));
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
        Throwable caught = caught(exchange);
        return caught == null ? "refused" : caught.getMessage() == null ? caught.getClass().getSimpleName()
                : caught.getMessage().replace("\u0000", "");
    }

    private static Throwable caught(Exchange exchange) {
        return exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
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
