package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copact.TestRounds.stakeholder;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.consultation.ConsultationService;
import org.copact.identity.Caller;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.stakeholder.Participations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A stakeholder writes from their own client instead of answering the invitation: the message has
 * no reply token, so it waits in quarantine, where the facilitator of their region (and only they)
 * sees it and assigns it; it then counts as the stakeholder's answer.
 */
class QuarantineApiTests extends HttpTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    RoundService rounds;
    @Autowired
    ConsultationService consultation;
    @Autowired
    Participations participations;
    @Autowired
    ImapSettings imap;

    @Test
    void shouldLetTheFacilitatorOfTheSendersRegionAssignAMessageOfAnAmbiguousSender() throws Exception {
        String dan = "dan-" + UUID.randomUUID() + "@quarantine.example";
        Round round = rounds.launch(rounds.define(TestRounds.round("Quarantine", List.of(stakeholder("Eco SRL",
                "Dan Pop", dan, "SME", "ro", List.of("PARTICIPANT", "SIGNATORY")))), facilitator).id(), facilitator);
        rounds.launch(rounds.define(TestRounds.round("Quarantine too", List.of(stakeholder("Eco SRL",
                "Dan Pop", dan, "SME", "ro", List.of("PARTICIPANT", "SIGNATORY")))), facilitator).id(), facilitator);
        UUID participationId = participations.ofRound(round.id()).get(0).id();
        String subject = "Răspuns " + UUID.randomUUID();
        InboxClient client = new InboxClient(imap, mailServer.getSmtp().getPort());
        MimeMessage message = client.newMessage("<" + UUID.randomUUID() + "@quarantine.example>");
        message.setFrom(new InternetAddress(dan, "Dan Pop"));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("copact@localhost"));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText("Susținem reciclarea.", StandardCharsets.UTF_8.name());

        client.deliver(message);

        JsonNode quarantined = await().atMost(PATIENCE).until(() -> find(facilitatorSession, subject), m -> m != null);
        assertThat(quarantined.get("reason").asText()).as("Dan takes part in two running rounds")
                .startsWith("ambiguous sender");
        Caller.Staff other = TestRounds.newRegionWithFacilitator(accounts);
        HttpSession otherSession = HttpSession.loggedIn(baseUrl(), other.username(), other.username());
        assertThat(find(otherSession, subject)).as("another region's facilitator does not see it").isNull();
        String assignment = "/api/quarantine/" + quarantined.get("id").asText() + "/assignment";
        HttpSession.Response refused = otherSession.post(assignment, Map.of("participationId", participationId));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        HttpSession.Response empty = facilitatorSession.post(assignment, Map.of());
        assertThat(empty.status()).isEqualTo(400);

        assertThat(facilitatorSession.post(assignment, Map.of("participationId", participationId)).status())
                .isEqualTo(200);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(consultation.answers(round.id())).singleElement()
                .satisfies(answer -> assertThat(answer.channel()).isEqualTo(ConsultationService.CHANNEL_EMAIL)));
        assertThat(find(facilitatorSession, subject)).as("no longer in quarantine").isNull();
        assertThat(facilitatorSession.post(assignment, Map.of("participationId", participationId)).status())
                .as("assigned once").isEqualTo(404);
    }

    private static JsonNode find(HttpSession session, String subject) {
        HttpSession.Response response = session.get("/api/quarantine");
        assertThat(response.status()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false)
                .filter(mail -> subject.equals(mail.path("subject").asText())).findFirst().orElse(null);
    }
}
