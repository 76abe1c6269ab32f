package org.copact.mail;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailMessage;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the intake routes set aside, and what they know is no failure. */
class IntakeFailuresTests {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final IntakeFailures failures = new IntakeFailures(new IntakeRecords(jdbc),
            Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
    private final CamelContext camel = new DefaultCamelContext();

    @AfterEach
    void close() throws Exception {
        camel.close();
    }

    @Test
    void shouldNotQuarantineAMessageAnotherNodeTookMeanwhile() throws Exception {
        Message gone = mock(Message.class);
        when(gone.isExpunged()).thenReturn(true);
        when(gone.getAllHeaders()).thenThrow(new MessageRemovedException());
        when(gone.getHeader(anyString())).thenThrow(new MessageRemovedException());

        failures.setAside(failed(gone, new MessageRemovedException()));

        verifyNoInteractions(jdbc);
    }

    @Test
    void shouldQuarantineAMessageWithoutMessageIdUnderItsPlaceInTheMailbox() throws Exception {
        Folder inbox = mock(Folder.class, withSettings().extraInterfaces(UIDFolder.class));
        Message broken = mock(Message.class);
        when(broken.getFolder()).thenReturn(inbox);
        when(broken.getAllHeaders()).thenReturn(java.util.Collections.emptyEnumeration());
        when(inbox.getFullName()).thenReturn("INBOX");
        when(((UIDFolder) inbox).getUIDValidity()).thenReturn(7L);
        when(((UIDFolder) inbox).getUID(broken)).thenReturn(42L);

        failures.setAside(failed(broken, new MessagingException("Missing start boundary")));

        // id, key, fingerprint, raw SHA-256, time, from, subject, text, outcome, reason, round, participation, region
        verify(jdbc).update(anyString(), any(), eq("imap:INBOX:7:42"), any(), any(), any(), any(), any(), any(),
                eq("QUARANTINED"), startsWith("could not be taken in: Missing start boundary"), any(), any(), any());
    }

    private Exchange failed(Message message, Exception cause) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.setIn(new MailMessage(exchange, message, false));
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, cause);
        return exchange;
    }
}
