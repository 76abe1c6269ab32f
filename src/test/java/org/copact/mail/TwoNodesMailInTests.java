package org.copact.mail;

import org.copact.common.OneNodeAtATime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.copact.HttpTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A second Copact node: its own Camel context running the same mail-in route and route
 * configuration, with its own IMAP connection to the same mailbox, recording into the same
 * database. Both nodes poll on the same quick rhythm, so they take and move the same messages at
 * the same instants. Every message, each sent twice, is recorded exactly once, none stays behind
 * in the inbox, and no node mistakes a message the other one took for a failure.
 */
@TestPropertySource(properties = "copact.mail.imap.poll-delay=PT0.1S")
class TwoNodesMailInTests extends HttpTestSupport {

    private static final int MESSAGES = 60;

    @Autowired
    ImapSettings imap;
    @Autowired
    InboundMails inboundMails;
    @Autowired
    IntakeFailures intakeFailures;
    @Autowired
    ApplicationContext application;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void shouldRecordEachMessageOnceAndEmptyTheInboxWhenTwoNodesPollTheSameMailboxInStep() throws Exception {
        InboxClient client = new InboxClient(imap, mailServer.getSmtp().getPort());
        Instant start = Instant.now();
        String batch = UUID.randomUUID().toString();
        List<MimeMessage> messages = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            MimeMessage message = client.newMessage("<" + i + "." + batch + "@two-nodes.example>");
            message.setFrom(new InternetAddress("sender" + i + "@two-nodes.example"));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("copact@localhost"));
            message.setSubject("Mesajul " + i, StandardCharsets.UTF_8.name());
            message.setText("Textul " + i, StandardCharsets.UTF_8.name());
            messages.add(message);
        }

        try (CamelContext secondNode = new DefaultCamelContext()) {
            secondNode.getRegistry().bind("inboundMails", inboundMails);
            secondNode.getRegistry().bind("intakeFailures", intakeFailures);
            secondNode.getRegistry().bind(OneNodeAtATime.BEAN, new OneNodeAtATime(dataSource));
            secondNode.getRegistry().bind(ImapPrefetch.BEAN, new ImapPrefetch());
            AtomicInteger takenBySecondNode = new AtomicInteger();
            secondNode.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
                @Override
                public void notify(CamelEvent event) {
                    if (event instanceof CamelEvent.ExchangeCompletedEvent) {
                        takenBySecondNode.incrementAndGet();
                    }
                }
            });
            secondNode.addRoutes(new IntakeRouteConfiguration());
            secondNode.addRoutes(new MailInRoute(application.getBeanProvider(ImapSettings.class)));
            secondNode.start();
            for (MimeMessage message : messages) {
                client.deliver(message);
                client.deliver(message);
            }

            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> recorded(batch) == MESSAGES && client.count("INBOX") == 0);
            // and so it stays while both nodes poll the empty inbox a few more times
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                    .until(() -> recorded(batch) == MESSAGES && client.count("INBOX") == 0);
            assertThat(takenBySecondNode.get()).as("messages the second node took").isBetween(1, 2 * MESSAGES - 1);
        }
        assertThat(client.count("INBOX")).isZero();
        assertThat(jdbc.queryForObject("select count(distinct message_id) from inbound_mail where message_id like ?",
                Long.class, "%" + batch + "%")).isEqualTo(MESSAGES);
        assertThat(jdbc.queryForList("select message_id, reason from inbound_mail where received_at >= ? "
                + "and message_id not like ?", Timestamp.from(start), "%" + batch + "%"))
                .as("rows recorded for no message of the batch (a vanished message taken for a failure)").isEmpty();
        assertThat(jdbc.queryForList("select reason from inbound_mail where message_id like ?", String.class,
                "%" + batch + "%")).as("reasons").allSatisfy(reason -> assertThat(reason).startsWith(Senders.UNKNOWN));
    }

    private long recorded(String batch) {
        return jdbc.queryForObject("select count(*) from inbound_mail where message_id like ?", Long.class,
                "%" + batch + "%");
    }
}
