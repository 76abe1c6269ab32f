package org.copact.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.copact.HttpTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A second Copact node: its own Camel context with its own IMAP connection to the same mailbox,
 * recording into the same database. Every message, each sent twice, is recorded exactly once, and
 * none stays behind in the inbox.
 */
class TwoNodesMailInTests extends HttpTestSupport {

    private static final int MESSAGES = 20;

    @Autowired
    ImapSettings imap;
    @Autowired
    InboundMails inboundMails;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldRecordEachMessageOnceWhenTwoNodesPollTheSameMailbox() throws Exception {
        InboxClient client = new InboxClient(imap, mailServer.getSmtp().getPort());
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
            secondNode.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // the nodes of a cluster do not start in step: the second polls on its own rhythm.
                    // (Known race, not yet fixed: two nodes moving the same message at the same instant can
                    // leave it in the inbox, re-taken as "taken before" but never moved; see the closing note.)
                    from(imap.endpointUri().replaceFirst("&delay=\\d+", "&initialDelay=700&delay=2900"))
                            .routeId("mail-in-second-node")
                            .bean(inboundMails, "take");
                }
            });
            secondNode.start();
            for (MimeMessage message : messages) {
                client.deliver(message);
                client.deliver(message);
            }

            await().atMost(Duration.ofSeconds(60)).until(() -> recorded(batch) == MESSAGES && client.count("INBOX") == 0);
        }
        assertThat(jdbc.queryForObject("select count(distinct message_id) from inbound_mail where message_id like ?",
                Long.class, "%" + batch + "%")).isEqualTo(MESSAGES);
    }

    private long recorded(String batch) {
        return jdbc.queryForObject("select count(*) from inbound_mail where message_id like ?", Long.class,
                "%" + batch + "%");
    }
}
