package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.HeaderTerm;
import java.util.Properties;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mail.MailEndpoint;
import org.copact.HttpTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fetching ahead only looks: a message stays unseen until Copact recorded it, so one whose
 * recording fails is taken again at the next poll.
 */
class ImapPrefetchTests extends HttpTestSupport {

    @Autowired
    ImapSettings imap;
    @Autowired
    CamelContext camel;

    @Test
    void shouldKeyAMessageByItsMessageIdAndLeaveItAndTheNextOnesUnseen() throws Exception {
        InboxClient client = new InboxClient(imap, mailServer.getSmtp().getPort());
        String batch = UUID.randomUUID().toString();
        camel.getRouteController().stopRoute(MailInRoute.ROUTE_ID);
        try {
            for (int i = 0; i < 3; i++) {
                MimeMessage message = client.newMessage("<" + i + "." + batch + "@prefetch.example>");
                message.setFrom(new InternetAddress("someone@prefetch.example"));
                message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(imap.username()));
                message.setSubject("Fetched ahead " + i);
                message.setText("Only looked at.");
                client.deliver(message);
            }
            MailEndpoint endpoint = camel.getEndpoint(imap.endpointUri(), MailEndpoint.class);
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_WRITE);
                String firstId = "<0." + batch + "@prefetch.example>";
                Message first = inbox.search(new HeaderTerm("Message-ID", firstId))[0];

                assertThat(new ImapPrefetch().generateUuid(endpoint, first)).isEqualTo(firstId);
                assertThat(first.getSize()).isPositive();
                inbox.close(false);
            } finally {
                store.close();
            }
            assertThat(seen(batch)).as("messages of the batch marked seen").isZero();
        } finally {
            removeBatch(batch);
            camel.getRouteController().startRoute(MailInRoute.ROUTE_ID);
        }
    }

    /** Asked over a connection of its own, as the next poll would. */
    private int seen(String batch) throws Exception {
        return withBatch(batch, messages -> {
            int seen = 0;
            for (Message message : messages) {
                seen += message.isSet(Flags.Flag.SEEN) ? 1 : 0;
            }
            return seen;
        });
    }

    private void removeBatch(String batch) throws Exception {
        withBatch(batch, messages -> {
            for (Message message : messages) {
                message.setFlag(Flags.Flag.DELETED, true);
            }
            return messages.length;
        });
    }

    private int withBatch(String batch, MessagesFunction function) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(imap.host(), imap.port(), imap.username(), imap.password());
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            int answer = 0;
            for (int i = 0; i < 3; i++) {
                answer += function.apply(
                        inbox.search(new HeaderTerm("Message-ID", "<" + i + "." + batch + "@prefetch.example>")));
            }
            inbox.close(true);
            return answer;
        } finally {
            store.close();
        }
    }

    private interface MessagesFunction {
        int apply(Message[] messages) throws Exception;
    }
}
