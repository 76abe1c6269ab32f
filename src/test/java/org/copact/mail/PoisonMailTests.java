package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copact.TestRounds.stakeholder;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.consultation.ConsultationService;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A message whose recording fails for good does not block the inbox: the shared route
 * configuration quarantines it with the reason, and the next message is taken as usual. A message
 * too large to read is quarantined as such, however long its Message-ID.
 */
// the settings of HostileMailTests, whose Spring context this test then shares
@TestPropertySource(properties = {"copact.mail.in.max-size=64KB",
        "copact.mail.in.region-mailboxes[" + HostileMailTests.REGION + "]=intake.regions.example"})
class PoisonMailTests extends HttpTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    RoundService rounds;
    @Autowired
    ConsultationService consultation;
    @Autowired
    ImapSettings imap;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldQuarantineAPoisonMessageWithItsReasonAndTakeTheNextOne() throws Exception {
        String maria = "maria-" + UUID.randomUUID() + "@poison.example";
        Round round = rounds.launch(rounds.define(TestRounds.round("Poison " + maria, List.of(stakeholder("Eco SRL",
                "Maria Ene", maria, "SME", "ro", List.of("PARTICIPANT", "SIGNATORY")))), facilitator).id(),
                facilitator);
        await().atMost(PATIENCE).until(() -> !mailbox.to(maria).isEmpty());
        MimeMessage invitation = mailbox.to(maria).get(0);
        InboxClient client = new InboxClient(imap, mailServer.getSmtp().getPort());
        // named by a Message-ID with a NUL character, which PostgreSQL refuses to store in text: its recording fails
        String marker = "poison" + UUID.randomUUID().toString().replace("-", "");
        String poison = "Message-ID: <" + marker + "\u0000@poison.example>\r\n"
                + "From: Maria Ene <" + maria + ">\r\n"
                + "To: copact@localhost\r\n"
                + "Subject: Anexa\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
                + "Textul anexei.\r\n";
        // too large to read, and named by a Message-ID longer than the column: recorded as quarantined all the same
        String large = "large" + UUID.randomUUID().toString().replace("-", "");
        String oversized = "Message-ID: <" + large + "p".repeat(600) + "\r\n " + "q".repeat(600) + "@poison.example>\r\n"
                + "From: Maria Ene <" + maria + ">\r\n"
                + "To: copact@localhost\r\n"
                + "Subject: Anexa mare\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
                + ("x".repeat(76) + "\r\n").repeat(1000);
        MimeMessage reply = client.newMessage("<after-poison-" + UUID.randomUUID() + "@poison.example>");
        reply.setRecipients(MimeMessage.RecipientType.TO, invitation.getReplyTo());
        reply.setFrom(new InternetAddress(maria));
        reply.setSubject("Re: " + invitation.getSubject(), StandardCharsets.UTF_8.name());
        reply.setText("Susținem pactul.", StandardCharsets.UTF_8.name());

        client.deliverRaw(poison);
        client.deliverRaw(oversized);
        client.deliver(reply);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(consultation.answers(round.id())).singleElement()
                .satisfies(answer -> assertThat(answer.answers()).extractingByKey("emailedText").asString()
                        .startsWith("Susținem pactul.")));
        await().atMost(PATIENCE).until(() -> quarantined(marker) != null && quarantined(large) != null);
        assertThat(quarantined(marker)).containsEntry("outcome", "QUARANTINED")
                .containsEntry("subject", "Anexa")
                .hasEntrySatisfying("reason", reason -> assertThat((String) reason)
                        .startsWith("could not be taken in: ").contains("0x00"));
        assertThat(quarantined(large)).containsEntry("outcome", "QUARANTINED")
                .containsEntry("reason", "larger than 65536 bytes")
                .hasEntrySatisfying("message_id", id -> assertThat((String) id).hasSizeLessThanOrEqualTo(1000)
                        .startsWith("<" + large + "pppp").contains("sha256:"));
        await().atMost(PATIENCE).until(() -> client.count("INBOX") == 0);
        assertThat(jdbc.queryForObject("select count(*) from inbound_mail where message_id like ?", Long.class,
                "%" + marker + "%")).as("the poison message, quarantined once").isEqualTo(1);
    }

    private Map<String, Object> quarantined(String marker) {
        return jdbc.queryForList("select message_id, outcome, subject, reason from inbound_mail where message_id like ?",
                "%" + marker + "%").stream().findFirst().orElse(null);
    }
}
