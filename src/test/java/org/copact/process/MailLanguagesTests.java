package org.copact.process;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.copact.Mailbox;
import org.copact.common.Language;
import org.copact.common.Sha256;
import org.copact.round.Round;
import org.copact.round.RoundDefinition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An invitation in each language, sent over SMTP and read back: the names and the subject come
 * back exactly as written, in any script, while the headers on the wire stay ASCII; text and HTML
 * say the same; the Reply-To leads back to the participation; the Message-ID is on record.
 */
class MailLanguagesTests extends ProcessTestSupport {

    /** A contact person and a round title as people of each language write them. */
    private static final Map<Language, List<String>> NATIVE = Map.of(
            Language.EN, List.of("Siobhán O'Connor", "Green deal for Cork & district"),
            Language.RO, List.of("Ștefan Țurcanu", "Pactul verde al comunei Măgurele"),
            Language.IT, List.of("Niccolò Bàrberi", "Patto verde dell'Unione dei Comuni"),
            Language.EL, List.of("Γιώργος Παπαδόπουλος", "Πράσινη συμφωνία Θεσσαλονίκης"),
            Language.BG, List.of("Мария Иванова", "Зелен пакт на община Габрово"),
            Language.MK, List.of("Марија Стојановска", "Зелен пакт на општина Битола"));

    @Autowired
    MessageSource messages;
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @EnumSource(Language.class)
    void shouldSendAnInvitationWhoseHeadersDecodeBackExactly(Language language) throws Exception {
        String contact = NATIVE.get(language).get(0);
        String title = NATIVE.get(language).get(1) + " " + language.code();
        String email = "contact-" + language.code() + "-" + System.nanoTime() + "@example.org";
        Instant now = Instant.now();
        RoundDefinition definition = new RoundDefinition(title, "Energie", null, language.code(),
                List.of(language.code()), now.plus(Duration.ofDays(14)).toString(), "P2D",
                now.plus(Duration.ofDays(28)).toString(), now.plus(Duration.ofDays(42)).toString(), "ALL",
                new RoundDefinition.TargetsInput(1, 1), List.of(org.copact.TestRounds.stakeholder(
                        "Organisation " + contact, contact, email, "NGO", language.code(), List.of("PARTICIPANT", "SIGNATORY"))));
        Round round = rounds.launch(rounds.define(definition, facilitator).id(), facilitator);

        runDueJobs(round.id());

        List<MimeMessage> received = new Mailbox(mail).to(email);
        assertThat(received).hasSize(1);
        MimeMessage invitation = received.get(0);
        assertThat(invitation.getSubject()).isEqualTo(messages.getMessage("mail.invitation.subject",
                new Object[] {contact, null, title}, language.locale()));
        assertThat(((InternetAddress) invitation.getAllRecipients()[0]).getPersonal()).isEqualTo(contact);
        assertThat(invitation.getHeader("Subject")[0]).as("the subject on the wire").matches("\\p{ASCII}+");
        assertThat(invitation.getHeader("To")[0]).as("the recipient on the wire").matches("\\p{ASCII}+");
        assertThat(invitation.isMimeType("multipart/alternative")).isTrue();
        assertThat(Mailbox.text(invitation)).contains(contact, title, "/s/");
        assertThat(Mailbox.text(invitation).replace("\r\n", "\n").strip()).as("the round's topic and authority, signed by its facilitator")
                .contains("Energie", "Organisation " + contact).doesNotContain("\n\nCopact")
                .endsWith("Facilitator " + facilitator.regionId() + "\nTest region " + facilitator.regionId());
        assertThat(Mailbox.html(invitation)).contains(org.springframework.web.util.HtmlUtils.htmlEscape(contact, "UTF-8"),
                "<a href=\"http://localhost/s/");

        String replyTo = ((InternetAddress) invitation.getReplyTo()[0]).getAddress();
        assertThat(replyTo).matches("reply\\+[A-Za-z0-9_-]{32}@localhost");
        String token = replyTo.substring("reply+".length(), replyTo.indexOf('@'));
        Map<String, Object> record = jdbc.queryForMap(
                "select participation_id, message_id from sent_mail where reply_token_hash = ?", Sha256.hex(token));
        assertThat(record.get("participation_id")).isEqualTo(stakeholders(round.id()).get(email).participationId());
        assertThat(record.get("message_id")).isEqualTo(invitation.getMessageID());
        assertThat(jdbc.queryForObject("select count(*) from sent_mail where reply_token_hash like ?", Long.class,
                "%" + token + "%")).as("the token itself is not stored").isZero();
    }
    /**
     * A deadline given as 17:00+02:00 reads 17:00 in the invitation, named as UTC+02:00 and written
     * as the stakeholder's language writes dates, never converted to 15:00 UTC.
     */
    @ParameterizedTest
    @CsvSource({"ro, 1 martie 2030, 17:00", "it, 1 marzo 2030, 17:00", "en, 1 March 2030, 17:00",
            "bg, 1 март 2030 г., 17:00 ч.", "el, 1 Μαρτίου 2030, 5:00 μ.μ."})
    void shouldShowTheDeadlineInTheZoneItWasGivenInAndTheReadersFormat(String code, String date, String time)
            throws Exception {
        Language language = Language.fromCode(code).orElseThrow();
        String email = "deadline-" + code + "-" + System.nanoTime() + "@example.org";
        RoundDefinition definition = new RoundDefinition("Deadline " + code, "Energie", null, code, List.of(code),
                "2030-03-01T17:00:00+02:00", "P2D", "2030-03-29T17:00:00+03:00", "2030-04-26T17:00:00+03:00", "ALL",
                new RoundDefinition.TargetsInput(1, 1), List.of(org.copact.TestRounds.stakeholder(
                        "Organisation " + code, "Contact " + code, email, "NGO", language.code(),
                        List.of("PARTICIPANT", "SIGNATORY"))));
        Round round = rounds.launch(rounds.define(definition, facilitator).id(), facilitator);

        runDueJobs(round.id());

        MimeMessage invitation = new Mailbox(mail).to(email).get(0);
        assertThat(Mailbox.text(invitation)).contains(date + ", " + time + " (UTC+02:00)").doesNotContain("15:00");
        assertThat(Mailbox.html(invitation)).contains(time + " (UTC+02:00)");
    }
}
