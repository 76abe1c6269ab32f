package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copact.TestRounds.stakeholder;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.Mailbox;
import org.copact.TestFiles;
import org.copact.TestRounds;
import org.copact.common.Language;
import org.copact.consultation.ConsultationService;
import org.copact.consultation.ConsultationStatus;
import org.copact.identity.Caller;
import org.copact.identity.StaffRole;
import org.copact.round.Round;
import org.copact.round.RoundDefinition.StakeholderInput;
import org.copact.round.RoundService;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * What a sender's mail client or a hostile sender may send, over real SMTP and IMAP: nothing is
 * lost, every quarantined mail has someone who sees and resolves it, the sender hears in their
 * language what Copact did not take, and the next ordinary reply is still taken within one poll.
 */
@TestPropertySource(properties = {"copact.mail.in.max-size=64KB",
        "copact.mail.in.region-mailboxes[" + HostileMailTests.REGION + "]=intake.regions.example"})
class HostileMailTests extends HttpTestSupport {

    /** The region whose own mailboxes are the addresses of intake.regions.example. */
    static final String REGION = "TINTAKE";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Beyond the poll delay, the time one poll takes to fetch and record a message on a busy machine. */
    private static final Duration TAKING = Duration.ofSeconds(10);

    @Autowired
    RoundService rounds;
    @Autowired
    ConsultationService consultation;
    @Autowired
    Participations participations;
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
    void shouldRecordADifferentMessageThatReusesAMessageIdButNotARedeliveryWithOtherTraceHeaders() throws Exception {
        String suffix = UUID.randomUUID().toString();
        String elena = "elena-" + suffix + "@reuse.example";
        String dan = "dan-" + suffix + "@reuse.example";
        String ana = "ana-" + suffix + "@reuse.example";
        Round round = launch(facilitator, "Reuse " + suffix, person("Primăria", "Elena Dobre", elena, "ro"),
                person("Eco SRL", "Dan Pop", dan, "ro"), person("Solar SA", "Ana Ene", ana, "ro"));
        String reused = "<same-" + suffix + "@reuse.example>";
        MimeMessage first = reply(reused, invitationTo(elena), elena, "Susținem panourile solare.");
        first.saveChanges();
        client.deliver(first);
        await().atMost(PATIENCE).until(() -> statusOf(round, elena) == ConsultationStatus.ANSWERED);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        first.writeTo(bytes);
        // the same message delivered again by another server: new trace headers, the rest alike
        String redelivered = "Received: from mx2.reuse.example by mail.copact.test; Tue, 1 Dec 2026 10:00:00 +0000\r\n"
                + "Return-Path: <" + elena + ">\r\nX-Spam-Status: No, score=0.1\r\n"
                + bytes.toString(StandardCharsets.ISO_8859_1);
        // a different message, whose sender's client chose the same Message-ID
        MimeMessage other = reply(reused, invitationTo(dan), dan, "Propunem o comunitate de energie.");

        client.deliverRaw(redelivered);
        client.deliver(other);

        await().atMost(PATIENCE).until(() -> statusOf(round, dan) == ConsultationStatus.ANSWERED);
        await().atMost(PATIENCE).until(() -> client.count("INBOX") == 0);
        assertThat(consultation.answers(round.id())).hasSize(2);
        assertThat(jdbc.queryForList("select participation_id from inbound_mail where message_id like ?",
                reused + "%")).as("the redelivery is not recorded again; the other message is").hasSize(2);
        nextOrdinaryReplyIsTakenWithinOnePoll(round, ana);
    }

    @Test
    void shouldQuarantineAnOversizedReplyWithItsHeadersForTheRoundsFacilitatorsAndTellItsSender() throws Exception {
        String suffix = UUID.randomUUID().toString();
        String maria = "maria-" + suffix + "@large.example";
        String ion = "ion-" + suffix + "@large.example";
        Round round = launch(facilitator, "Large " + suffix, person("Cooperativa Verde", "Maria Rossi", maria, "it"),
                person("Eco SRL", "Ion Pop", ion, "ro"));
        MimeMessage invitation = invitationTo(maria);
        String subject = "Re: allegato " + suffix;
        MimeMessage large = reply("<large-" + suffix + "@large.example>", invitation, maria, "In allegato il piano.");
        large.setSubject(subject, StandardCharsets.UTF_8.name());
        MimeBodyPart text = new MimeBodyPart();
        text.setText("In allegato il piano.", StandardCharsets.UTF_8.name());
        MimeBodyPart plan = new MimeBodyPart();
        byte[] pdf = Arrays.copyOf(TestFiles.PDF, 80 * 1024);
        plan.setContent(pdf, "application/pdf");
        plan.setFileName("piano.pdf");
        large.setContent(new MimeMultipart(text, plan));
        large.saveChanges();

        client.deliver(large);

        JsonNode quarantined = await().atMost(PATIENCE).until(() -> find(facilitatorSession, subject), m -> m != null);
        UUID mariaId = participationOf(round, maria).id();
        assertThat(quarantined.get("from").asText()).contains(maria);
        assertThat(quarantined.get("roundId").asText()).isEqualTo(round.id().toString());
        assertThat(quarantined.get("participationId").asText()).isEqualTo(mariaId.toString());
        assertThat(quarantined.get("reason").asText()).isEqualTo("larger than 65536 bytes");
        Caller.Staff other = TestRounds.newRegionWithFacilitator(accounts);
        assertThat(find(HttpSession.loggedIn(baseUrl(), other.username(), other.username()), subject))
                .as("another region's facilitator does not see it").isNull();
        await().atMost(PATIENCE).until(() -> mailbox.to(maria).size() == 2);
        MimeMessage notice = mailbox.to(maria).get(1);
        assertThat(notice.getSubject()).as("in Maria's language")
                .isEqualTo("La vostra e-mail per Large " + suffix + " era troppo grande per essere letta");
        assertThat(Mailbox.text(notice)).contains("(64 KB)", "caricatelo sulla vostra pagina", "/s/");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(facilitatorSession
                .get("/api/rounds/" + round.id() + "/history").body()).contains("MailTooLarge"));

        HttpSession admin = administrator();
        assertThat(find(admin, subject)).as("an administrator sees it too").isNotNull();
        String id = quarantined.get("id").asText();
        HttpSession.Response assigned = admin.post("/api/quarantine/" + id + "/assignment",
                Map.of("participationId", mariaId));
        assertThat(assigned.status()).as("a mail never read cannot become Maria's (empty) answer").isEqualTo(409);
        assertThat(assigned.body()).contains("could not be read", "Dismiss it");
        assertThat(statusOf(round, maria)).isNotEqualTo(ConsultationStatus.ANSWERED);
        assertThat(facilitatorSession.post("/api/quarantine/" + id + "/dismissal", Map.of()).status())
                .as("dismissing says why").isEqualTo(400);
        assertThat(admin.post("/api/quarantine/" + id + "/dismissal",
                Map.of("reason", "Maria was asked to upload the file on her page")).status()).isEqualTo(200);
        assertThat(find(facilitatorSession, subject)).as("handled: out of the quarantine").isNull();
        assertThat(admin.post("/api/quarantine/" + id + "/dismissal", Map.of("reason", "again")).status())
                .as("once only").isEqualTo(404);
        nextOrdinaryReplyIsTakenWithinOnePoll(round, ion);
    }

    @Test
    void shouldTellTheFacilitatorsAndTheSenderOfEachRefusedAttachmentAndWhy() throws Exception {
        String suffix = UUID.randomUUID().toString();
        String maria = "maria-" + suffix + "@refused.example";
        String ion = "ion-" + suffix + "@refused.example";
        Round round = launch(facilitator, "Refused " + suffix, person("Клъстер", "Мария Иванова", maria, "bg"),
                person("Eco SRL", "Ion Pop", ion, "ro"));
        MimeMessage reply = reply("<refused-" + suffix + "@refused.example>", invitationTo(maria), maria, "Прилагам.");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Прилагам офертата.", StandardCharsets.UTF_8.name());
        reply.setContent(new MimeMultipart(text, file("писмо.pdf", TestFiles.PDF), file("oferta.pdf", TestFiles.PROGRAM),
                file("anexa.pdf", new byte[0])));
        reply.saveChanges();

        client.deliver(reply);

        await().atMost(PATIENCE).until(() -> statusOf(round, maria) == ConsultationStatus.ANSWERED);
        HttpSession.Response refused = facilitatorSession.get("/api/rounds/" + round.id() + "/documents/refused");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(StreamSupport.stream(refused.json().spliterator(), false)
                .map(file -> file.get("fileName").asText() + " " + file.get("reason").asText()).toList())
                .containsExactlyInAnyOrder("oferta.pdf PROGRAM", "anexa.pdf EMPTY");
        assertThat(facilitatorSession.get("/api/rounds/" + round.id() + "/documents").body()).contains("писмо.pdf")
                .doesNotContain("oferta.pdf");
        assertThat(facilitatorSession.get("/api/rounds/" + round.id() + "/history").body())
                .contains("AttachmentRefused", "Attachment \\\"oferta.pdf\\\" refused: the file is a program",
                        "Attachment \\\"anexa.pdf\\\" refused: the file is empty");
        assertThat(facilitatorSession.get("/rounds/" + round.id()).body()).as("the round's page")
                .contains("Files sent by mail that were not kept", "id=\"refused-documents\"", "(Клъстер)")
                .containsPattern("oferta.pdf</span>\\s*<span>\\(Клъстер\\)</span>:\\s*<span>a program \\(")
                .containsPattern("anexa.pdf</span>\\s*<span>\\(Клъстер\\)</span>:\\s*<span>the file is empty");
        await().atMost(PATIENCE).until(() -> mailbox.to(maria).size() == 2);
        MimeMessage notice = mailbox.to(maria).get(1);
        assertThat(notice.getSubject()).as("in Maria's language")
                .isEqualTo("Файл, изпратен за Refused " + suffix + ", не беше запазен");
        assertThat(Mailbox.text(notice)).contains("- oferta.pdf: файлът е програма (", "- anexa.pdf: файлът е празен")
                .doesNotContain("писмо.pdf");
        String other = TestRounds.newRegionWithFacilitator(accounts).username();
        assertThat(HttpSession.loggedIn(baseUrl(), other, other).get("/api/rounds/" + round.id() + "/documents/refused")
                .status()).as("not another region's").isEqualTo(404);
        nextOrdinaryReplyIsTakenWithinOnePoll(round, ion);
    }

    @Test
    void shouldLetTheFacilitatorsOfTheRecipientsRegionAndAdministratorsResolveAMailOfAnUnknownSender()
            throws Exception {
        accounts.ensureRegion(REGION, "Intake region", Language.RO);
        String username = "facilitator-" + REGION.toLowerCase();
        accounts.ensureUser(username, username, "Facilitator " + REGION, StaffRole.FACILITATOR, REGION,
                username + "@copact.test");
        Caller.Staff regional = new Caller.Staff(username, StaffRole.FACILITATOR, REGION);
        HttpSession regionalSession = HttpSession.loggedIn(baseUrl(), username, username);
        String suffix = UUID.randomUUID().toString();
        String radu = "radu-" + suffix + "@unknown.example";
        String sorin = "sorin-" + suffix + "@unknown.example";
        String vlad = "vlad-" + suffix + "@unknown.example";
        Round round = launch(regional, "Unknown " + suffix, person("Primăria", "Radu Dinu", radu, "ro"),
                person("Eco SRL", "Sorin Pop", sorin, "ro"), person("Solar SA", "Vlad Ene", vlad, "ro"));
        invitationTo(vlad);
        String toRegion = "Către birou " + suffix;
        String toCopact = "Către Copact " + suffix;
        MimeMessage regionMail = stranger(toRegion, "birou@intake.regions.example");
        MimeMessage copactMail = stranger(toCopact, "copact@localhost");

        client.deliverTo(regionMail, "copact@localhost"); // the region's alias is forwarded to Copact's mailbox
        client.deliver(copactMail);

        JsonNode forRegion = await().atMost(PATIENCE).until(() -> find(regionalSession, toRegion), m -> m != null);
        assertThat(forRegion.get("regionId").asText()).isEqualTo(REGION);
        assertThat(find(facilitatorSession, toRegion)).as("another region's facilitator does not see it").isNull();
        HttpSession admin = administrator();
        JsonNode forAdministrators = await().atMost(PATIENCE).until(() -> find(admin, toCopact), m -> m != null);
        assertThat(find(regionalSession, toCopact)).as("sent to no region's mailbox: administrators'").isNull();
        assertThat(find(admin, toRegion)).as("administrators see every quarantined mail").isNotNull();

        assertThat(regionalSession.post("/api/quarantine/" + forRegion.get("id").asText() + "/assignment",
                Map.of("participationId", participationOf(round, radu).id())).status()).isEqualTo(200);
        assertThat(admin.post("/api/quarantine/" + forAdministrators.get("id").asText() + "/assignment",
                Map.of("participationId", participationOf(round, sorin).id())).status()).isEqualTo(200);

        await().atMost(PATIENCE).until(() -> statusOf(round, radu) == ConsultationStatus.ANSWERED
                && statusOf(round, sorin) == ConsultationStatus.ANSWERED);
        assertThat(find(regionalSession, toRegion)).as("resolved").isNull();
        assertThat(find(admin, toCopact)).as("resolved").isNull();
        nextOrdinaryReplyIsTakenWithinOnePoll(round, vlad);
    }

    /** After a hostile case, an ordinary reply sent now is recorded at the next poll, not later. */
    private void nextOrdinaryReplyIsTakenWithinOnePoll(Round round, String address) throws Exception {
        MimeMessage reply = reply("<ordinary-" + UUID.randomUUID() + "@reply.example>", invitationTo(address), address,
                "Răspunsul obișnuit de după.");
        reply.saveChanges();
        client.deliver(reply);
        await().atMost(imap.pollDelay().plus(TAKING))
                .until(() -> "REPLY".equals(jdbc.query("select outcome from inbound_mail where message_id = ?",
                        (row, n) -> row.getString(1), reply.getMessageID()).stream().findFirst().orElse(null)));
        await().atMost(PATIENCE).until(() -> statusOf(round, address) == ConsultationStatus.ANSWERED);
    }

    private MimeMessage stranger(String subject, String to) throws Exception {
        MimeMessage mail = client.newMessage("<stranger-" + UUID.randomUUID() + "@elsewhere.example>");
        mail.setFrom(new InternetAddress("someone-" + UUID.randomUUID() + "@elsewhere.example"));
        mail.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
        mail.setSubject(subject, StandardCharsets.UTF_8.name());
        mail.setText("Susținem pactul; scriu de pe adresa personală.", StandardCharsets.UTF_8.name());
        return mail;
    }

    private HttpSession administrator() {
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.ensureUser(admin, admin, "Administrator", StaffRole.ADMIN, null, null);
        return HttpSession.loggedIn(baseUrl(), admin, admin);
    }

    private Round launch(Caller.Staff by, String title, StakeholderInput... stakeholders) {
        return rounds.launch(rounds.define(TestRounds.round(title, List.of(stakeholders)), by).id(), by);
    }

    private static StakeholderInput person(String organisation, String name, String email, String language) {
        return stakeholder(organisation, name, email, "SME", language, List.of("PARTICIPANT", "SIGNATORY"));
    }

    private ParticipationView participationOf(Round round, String email) {
        return participations.ofRound(round.id()).stream().filter(p -> p.contact().email().equals(email))
                .findFirst().orElseThrow();
    }

    private ConsultationStatus statusOf(Round round, String email) {
        return consultation.statusOf(participationOf(round, email).id());
    }

    private MimeMessage invitationTo(String address) {
        await().atMost(PATIENCE).until(() -> !mailbox.to(address).isEmpty());
        return mailbox.to(address).get(0);
    }

    private MimeMessage reply(String messageId, MimeMessage invitation, String from, String text) throws Exception {
        MimeMessage reply = client.newMessage(messageId);
        reply.setRecipients(MimeMessage.RecipientType.TO, invitation.getReplyTo());
        reply.setSubject("Re: " + invitation.getSubject(), StandardCharsets.UTF_8.name());
        reply.setHeader("In-Reply-To", invitation.getMessageID());
        reply.setFrom(new InternetAddress(from));
        reply.setText(text, StandardCharsets.UTF_8.name());
        return reply;
    }

    private static MimeBodyPart file(String name, byte[] content) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(content, "application/pdf");
        part.setFileName(name);
        return part;
    }

    private static JsonNode find(HttpSession session, String subject) {
        HttpSession.Response response = session.get("/api/quarantine");
        assertThat(response.status()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false)
                .filter(mail -> subject.equals(mail.path("subject").asText())).findFirst().orElse(null);
    }
}
