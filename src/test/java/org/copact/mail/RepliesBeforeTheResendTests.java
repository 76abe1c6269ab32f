package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copact.TestRounds.stakeholder;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reply that comes between a crash and the resend: the invitation went out, but its sent_mail row
 * did not commit, so only its attempt knows its reply token and Message-ID. A reply sent over SMTP
 * to its Reply-To, or answering it (In-Reply-To) from an address Copact does not know, is still the
 * round's; one answering Copact's sent mail by In-Reply-To alone is matched by it too.
 */
class RepliesBeforeTheResendTests extends HttpTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    RoundService rounds;
    @Autowired
    ImapSettings imap;
    @Autowired
    JdbcTemplate jdbc;

    InboxClient client;

    @BeforeEach
    void client() {
        client = new InboxClient(imap, mailServer.getSmtp().getPort());
    }

    @Test
    void shouldMatchARepliesToAMailWhoseSendWasNotRecordedByItsAttempt() throws Exception {
        String elena = "elena-" + UUID.randomUUID() + "@reply.example";
        Round round = launch(elena);
        MimeMessage invitation = invitationTo(elena);
        UUID participation = asIfTheSendWasNotRecorded(round, elena, invitation);

        MimeMessage toReplyTo = reply(invitation, "colleague-" + UUID.randomUUID() + "@elsewhere.example");
        toReplyTo.setRecipients(MimeMessage.RecipientType.TO, invitation.getReplyTo());
        toReplyTo.setText("Răspundem în numele Elenei: susținem propunerea.", StandardCharsets.UTF_8.name());
        client.deliver(toReplyTo);

        MimeMessage answering = reply(invitation, "assistant-" + UUID.randomUUID() + "@elsewhere.example");
        answering.setHeader("In-Reply-To", invitation.getMessageID());
        answering.setHeader("References", "<earlier-" + UUID.randomUUID() + "@elsewhere.example> "
                + invitation.getMessageID());
        answering.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("copact@localhost"));
        answering.setText("Trimitem și documentele mâine.", StandardCharsets.UTF_8.name());
        client.deliver(answering);

        for (MimeMessage reply : List.of(toReplyTo, answering)) {
            await().atMost(PATIENCE).until(() -> !inbound(reply).isEmpty());
            Map<String, Object> taken = inbound(reply).get(0);
            assertThat(taken.get("outcome")).as(taken.toString()).isEqualTo("REPLY");
            assertThat(taken.get("round_id")).isEqualTo(round.id());
            assertThat(taken.get("participation_id")).isEqualTo(participation);
        }
        assertThat(inbound(toReplyTo).get(0).get("reason")).as("its personal reply address vouches for it").isNull();
        assertThat(inbound(answering).get(0).get("reason"))
                .isEqualTo("matched by the mail it answers (In-Reply-To, References)");
    }

    @Test
    void shouldMatchAReplyByTheSentMailItAnswersWhenItCameToNoReplyAddress() throws Exception {
        String dan = "dan-" + UUID.randomUUID() + "@reply.example";
        Round round = launch(dan);
        MimeMessage invitation = invitationTo(dan);
        MimeMessage answering = reply(invitation, "office-" + UUID.randomUUID() + "@elsewhere.example");
        answering.setHeader("References", invitation.getMessageID());
        answering.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("copact@localhost"));
        answering.setText("Vom participa.", StandardCharsets.UTF_8.name());
        client.deliver(answering);

        await().atMost(PATIENCE).until(() -> !inbound(answering).isEmpty());
        assertThat(inbound(answering).get(0)).containsEntry("outcome", "REPLY").containsEntry("round_id", round.id());
    }

    /** the invitation's sent_mail row rolled back into its attempt, as a crash right after the send leaves it */
    private UUID asIfTheSendWasNotRecorded(Round round, String address, MimeMessage invitation) throws Exception {
        // the mail reaches its mailbox a moment before its sent_mail row commits
        String recorded = "select * from sent_mail where round_id = ? and to_address = ?";
        await().atMost(PATIENCE).until(() -> jdbc.queryForList(recorded, round.id(), address).size() == 1);
        Map<String, Object> sent = jdbc.queryForMap(recorded, round.id(), address);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        invitation.writeTo(raw);
        jdbc.update("""
                insert into mail_attempt (idempotency_key, round_id, participation_id, kind, to_address, message_id,
                    reply_token_hash, bounce_token_hash, envelope_from, message, prepared_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                sent.get("idempotency_key"), sent.get("round_id"), sent.get("participation_id"), sent.get("kind"),
                sent.get("to_address"), sent.get("message_id"), sent.get("reply_token_hash"),
                sent.get("bounce_token_hash"), "bounce@localhost", raw.toByteArray(), Timestamp.from(Instant.now()));
        jdbc.update("delete from sent_mail where id = ?", sent.get("id"));
        assertThat(sent.get("message_id")).isEqualTo(invitation.getMessageID());
        return (UUID) sent.get("participation_id");
    }

    private List<Map<String, Object>> inbound(MimeMessage reply) throws Exception {
        return jdbc.queryForList("select outcome, reason, round_id, participation_id from inbound_mail "
                + "where message_id = ?", reply.getMessageID());
    }

    private Round launch(String email) {
        Round round = rounds.define(TestRounds.round("Crash window " + email, List.of(stakeholder("Primăria",
                "Elena Dobre", email, "PUBLIC_AUTHORITY", "ro", List.of("PARTICIPANT", "SIGNATORY")))), facilitator);
        return rounds.launch(round.id(), facilitator);
    }

    private MimeMessage invitationTo(String address) {
        await().atMost(PATIENCE).until(() -> !mailbox.to(address).isEmpty());
        return mailbox.to(address).get(0);
    }

    private MimeMessage reply(MimeMessage invitation, String from) throws Exception {
        MimeMessage reply = client.newMessage("<reply-" + UUID.randomUUID() + "@elsewhere.example>");
        reply.setSubject("Re: " + invitation.getSubject(), StandardCharsets.UTF_8.name());
        reply.setFrom(new InternetAddress(from));
        return reply;
    }
}
