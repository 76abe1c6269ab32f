package org.copact.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.common.Language;
import org.copact.round.RoundDefinition.StakeholderInput;
import org.copact.round.RoundDefinition.TargetsInput;
import org.copact.round.RoundDefinition.ValidStakeholder;
import org.copact.stakeholder.ParticipationRole;
import org.copact.stakeholder.StakeholderCategory;
import org.junit.jupiter.api.Test;

/** A round definition is checked against a fixed "now", and every mistake is reported at once by its path. */
class RoundDefinitionValidatorTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String CONSULTATION = "2026-03-15T17:00:00+02:00";
    private static final String REVIEW = "2026-03-29T17:00:00+03:00";
    private static final String SIGNATURE = "2026-04-12T17:00:00+03:00";
    private static final List<String> ALL_ROLES = List.of("PARTICIPANT", "REVIEWER", "SIGNATORY");

    private final RoundDefinitionValidator validator = new RoundDefinitionValidator(Clock.fixed(NOW, ZoneOffset.UTC));

    // ---- a valid definition ----

    @Test
    void shouldAcceptAValidDefinitionKeepingDiacriticsGreekAndCyrillicNames() {
        RoundDefinition.Valid valid = validator.validate(new Definition().build(), "RO-IF");

        assertThat(valid.title()).isEqualTo("Pactul verde local Măgurele – ediția 2026");
        assertThat(valid.topic()).isEqualTo("Eficiență energetică și economie circulară");
        assertThat(valid.regionId()).isEqualTo("RO-IF");
        assertThat(valid.defaultLanguage()).isEqualTo(Language.RO);
        assertThat(valid.consultationDeadline()).isEqualTo(Instant.parse("2026-03-15T15:00:00Z"));
        assertThat(valid.reviewDeadline()).isEqualTo(Instant.parse("2026-03-29T14:00:00Z"));
        assertThat(valid.signatureDeadline()).isEqualTo(Instant.parse("2026-04-12T14:00:00Z"));
        assertThat(valid.signing().rule()).isEqualTo(SigningRule.ALL);
        assertThat(valid.targets()).isEqualTo(new Targets(3, 2));
        assertThat(valid.stakeholders()).extracting(ValidStakeholder::organisation).containsExactly(
                "Consiliul Județean Ilfov", "Θεσσαλονίκη Green Lab", "Клъстер за възобновяема енергия");
        assertThat(valid.stakeholders()).extracting(ValidStakeholder::contactName).containsExactly(
                "Ana-Maria Ionescu-Stănescu", "Νίκος Παπαδόπουλος", "Мария Иванова");
        ValidStakeholder first = valid.stakeholders().get(0);
        assertThat(first.category()).isEqualTo(StakeholderCategory.PUBLIC_AUTHORITY);
        assertThat(first.language()).isEqualTo(Language.RO);
        assertThat(first.roles()).containsExactlyInAnyOrder(ParticipationRole.PARTICIPANT,
                ParticipationRole.REVIEWER, ParticipationRole.SIGNATORY);
        assertThat(valid.stakeholders().get(1).language()).isEqualTo(Language.EL);
        assertThat(valid.stakeholders().get(2).language()).isEqualTo(Language.BG);
    }

    @Test
    void shouldStripSurroundingSpacesAndAcceptLenientSpellingsOfCodes() {
        Definition definition = new Definition();
        definition.title = "  Pactul verde  ";
        definition.signingRule = "all";
        definition.defaultLanguage = " RO ";
        definition.stakeholders = List.of(new StakeholderInput(" Primăria Iași ", " Ion Creangă ",
                "ion@primaria-iasi.example", "public authority", "Ro", List.of("signatory", "Participant")));

        RoundDefinition.Valid valid = validator.validate(definition.build(), "RO-IS");

        assertThat(valid.title()).isEqualTo("Pactul verde");
        assertThat(valid.signing().rule()).isEqualTo(SigningRule.ALL);
        assertThat(valid.defaultLanguage()).isEqualTo(Language.RO);
        ValidStakeholder ion = valid.stakeholders().get(0);
        assertThat(ion.organisation()).isEqualTo("Primăria Iași");
        assertThat(ion.contactName()).isEqualTo("Ion Creangă");
        assertThat(ion.category()).isEqualTo(StakeholderCategory.PUBLIC_AUTHORITY);
        assertThat(ion.roles()).containsExactlyInAnyOrder(ParticipationRole.SIGNATORY, ParticipationRole.PARTICIPANT);
    }

    @Test
    void shouldTakeTheDefaultsForWhatIsLeftOut() {
        Definition definition = new Definition();
        definition.topic = null;
        definition.reminderBefore = null;
        definition.signingRule = null;
        definition.targets = null;
        definition.languages = null;

        RoundDefinition.Valid valid = validator.validate(definition.build(), "RO-IF");

        assertThat(valid.topic()).isNull();
        assertThat(valid.reminderBefore()).isEqualTo(Duration.ofDays(2));
        assertThat(valid.signing().rule()).isEqualTo(SigningRule.ALL);
        assertThat(valid.targets()).isEqualTo(Targets.none());
        assertThat(valid.languages()).containsExactly(Language.RO);
    }

    // ---- languages ----

    @Test
    void shouldAlwaysIncludeTheDefaultLanguageFirst() {
        Definition definition = new Definition();
        definition.defaultLanguage = "el";
        definition.languages = List.of("en", "bg", "EN");

        RoundDefinition.Valid valid = validator.validate(definition.build(), "GR");

        assertThat(valid.languages()).containsExactly(Language.EL, Language.EN, Language.BG);
    }

    @Test
    void shouldRefuseALanguageCopactDoesNotSpeakByItsPosition() {
        Definition definition = new Definition();
        definition.defaultLanguage = "de";
        definition.languages = List.of("ro", "xx", "en");

        List<FieldError> errors = errorsOf(definition);

        assertThat(errors).containsExactlyInAnyOrder(
                new FieldError("defaultLanguage", "is not one of the languages Copact speaks (en, ro, it, el, bg, mk)"),
                new FieldError("languages[1]", "is not one of the languages Copact speaks (en, ro, it, el, bg, mk)"));
    }

    @Test
    void shouldRequireADefaultLanguage() {
        Definition definition = new Definition();
        definition.defaultLanguage = " ";

        assertThat(errorsOf(definition)).containsExactly(new FieldError("defaultLanguage", "must not be empty"));
    }

    // ---- emails ----

    @Test
    void shouldNormaliseEmailsToLowerCaseWithoutSurroundingSpaces() {
        Definition definition = new Definition();
        definition.stakeholders = List.of(signatory("Primăria", "  Ana.Ionescu@CJ-Ilfov.Example "));

        RoundDefinition.Valid valid = validator.validate(definition.build(), "RO-IF");

        assertThat(valid.stakeholders().get(0).email()).isEqualTo("ana.ionescu@cj-ilfov.example");
    }

    @Test
    void shouldRefuseADuplicateEmailWhateverItsCase() {
        Definition definition = new Definition();
        definition.stakeholders = List.of(signatory("Primăria", "elena@primaria.example"),
                signatory("Eco SRL", "dan@eco.example"),
                signatory("Eco Construcții SRL", " ELENA@Primaria.example"));

        assertThat(errorsOf(definition)).containsExactly(
                new FieldError("stakeholders[2].email", "appears more than once in this round"));
    }

    @Test
    void shouldRefuseAnEmptyOrMalformedEmail() {
        Definition definition = new Definition();
        definition.stakeholders = List.of(signatory("A", ""), signatory("B", "not-an-email"),
                signatory("C", "two@@example.org"), signatory("D", "x@nodot"), signatory("E", "a b@example.org"),
                signatory("F", "ok@example.org"));

        assertThat(errorsOf(definition)).containsExactly(
                new FieldError("stakeholders[0].email", "must not be empty"),
                new FieldError("stakeholders[1].email", "is not a valid email address"),
                new FieldError("stakeholders[2].email", "is not a valid email address"),
                new FieldError("stakeholders[3].email", "is not a valid email address"),
                new FieldError("stakeholders[4].email", "is not a valid email address"));
    }

    /** A NUL or BEL in an address cannot be delivered, and PostgreSQL cannot even store a NUL in text. */
    @Test
    void shouldRefuseControlCharactersInAnEmail() {
        Definition definition = new Definition();
        definition.stakeholders = List.of(signatory("A", "ana\u0000@example.org"),
                signatory("B", "dan\u0007@example.org"), signatory("C", "ok@example.org"));

        assertThat(errorsOf(definition)).extracting(FieldError::field)
                .containsExactly("stakeholders[0].email", "stakeholders[1].email");
    }

    // ---- deadlines ----

    @Test
    void shouldRefuseAConsultationDeadlineThatIsNotInTheFuture() {
        Definition past = new Definition();
        past.consultationDeadline = "2026-03-01T11:59:59+02:00";
        Definition exactlyNow = new Definition();
        exactlyNow.consultationDeadline = "2026-03-01T12:00:00+02:00";

        assertThat(errorsOf(past)).containsExactly(new FieldError("consultationDeadline", "must be in the future"));
        assertThat(errorsOf(exactlyNow))
                .containsExactly(new FieldError("consultationDeadline", "must be in the future"));
    }

    @Test
    void shouldAcceptAConsultationDeadlineOneSecondFromNow() {
        Definition definition = new Definition();
        definition.consultationDeadline = "2026-03-01T12:00:01+02:00";

        assertThat(validator.validate(definition.build(), "RO-IF").consultationDeadline())
                .isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void shouldRefuseDeadlinesOutOfOrder() {
        Definition definition = new Definition();
        definition.reviewDeadline = "2026-03-15T16:00:00+01:00"; // the same instant as the consultation
        definition.signatureDeadline = "2026-03-10T17:00:00+02:00";

        assertThat(errorsOf(definition)).containsExactlyInAnyOrder(
                new FieldError("reviewDeadline", "must come after the consultation deadline"),
                new FieldError("signatureDeadline", "must come after the review deadline"));
    }

    @Test
    void shouldRefuseADeadlineWithoutOffsetOrMissing() {
        Definition definition = new Definition();
        definition.consultationDeadline = "2026-03-15T17:00:00";
        definition.reviewDeadline = "next tuesday";
        definition.signatureDeadline = null;

        assertThat(errorsOf(definition)).containsExactlyInAnyOrder(
                new FieldError("consultationDeadline",
                        "must be a date and time with its offset, such as 2026-12-01T17:00:00+02:00"),
                new FieldError("reviewDeadline",
                        "must be a date and time with its offset, such as 2026-12-01T17:00:00+02:00"),
                new FieldError("signatureDeadline", "must not be empty"));
    }

    // ---- reminder ----

    @Test
    void shouldTakeAReminderBeforeInIso8601() {
        Definition definition = new Definition();
        definition.reminderBefore = " PT12H ";

        assertThat(validator.validate(definition.build(), "RO-IF").reminderBefore()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void shouldRemindTwoDaysBeforeWhenNoReminderIsGiven() {
        Definition definition = new Definition();
        definition.reminderBefore = "  ";

        assertThat(validator.validate(definition.build(), "RO-IF").reminderBefore()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void shouldRefuseAMalformedReminder() {
        Definition definition = new Definition();
        definition.reminderBefore = "2 days";

        assertThat(errorsOf(definition)).containsExactly(
                new FieldError("reminderBefore", "must be an ISO-8601 duration, such as P2D or PT12H"));
    }

    @Test
    void shouldRefuseANegativeOrZeroReminder() {
        Definition negative = new Definition();
        negative.reminderBefore = "-P1D";
        Definition zero = new Definition();
        zero.reminderBefore = "PT0S";

        assertThat(errorsOf(negative))
                .containsExactly(new FieldError("reminderBefore", "must be a positive duration, such as P2D"));
        assertThat(errorsOf(zero))
                .containsExactly(new FieldError("reminderBefore", "must be a positive duration, such as P2D"));
    }

    // ---- signing rule, roles, stakeholders ----

    @Test
    void shouldRefuseAnUnknownSigningRule() {
        Definition definition = new Definition();
        definition.signingRule = "MAJORITY";

        assertThat(errorsOf(definition)).containsExactly(new FieldError("signingRule", "must be one of ALL, AUTHORITIES_PLUS_QUORUM, ORDERED_GROUPS"));
    }

    @Test
    void shouldRefuseARoundWithoutSignatory() {
        Definition definition = new Definition();
        definition.stakeholders = List.of(
                stakeholder("Primăria", "ana@primaria.example", List.of("PARTICIPANT", "REVIEWER")),
                stakeholder("Eco SRL", "dan@eco.example", List.of("MENTOR")));

        assertThat(errorsOf(definition)).containsExactly(
                new FieldError("stakeholders", "a round needs at least one stakeholder with the role SIGNATORY"));
    }

    @Test
    void shouldRefuseARoundWithoutStakeholders() {
        Definition none = new Definition();
        none.stakeholders = List.of();
        Definition missing = new Definition();
        missing.stakeholders = null;

        assertThat(errorsOf(none))
                .containsExactly(new FieldError("stakeholders", "a round needs at least one stakeholder"));
        assertThat(errorsOf(missing))
                .containsExactly(new FieldError("stakeholders", "a round needs at least one stakeholder"));
    }

    @Test
    void shouldRefuseMoreThan5000Stakeholders() {
        Definition definition = new Definition();
        definition.stakeholders = many(5001);

        assertThat(errorsOf(definition))
                .containsExactly(new FieldError("stakeholders", "a round takes at most 5000 stakeholders"));
    }

    @Test
    void shouldAcceptExactly5000Stakeholders() {
        Definition definition = new Definition();
        definition.stakeholders = many(5000);

        assertThat(validator.validate(definition.build(), "RO-IF").stakeholders()).hasSize(5000);
    }

    @Test
    void shouldRefuseUnknownCategoryLanguageAndRoleByTheirPath() {
        Definition definition = new Definition();
        definition.stakeholders = List.of(signatory("Primăria", "ana@primaria.example"),
                new StakeholderInput("Ferma Verde", "Ion", "ion@ferma.example", "FARMER", "klingon",
                        List.of("PARTICIPANT", "BOSS")),
                new StakeholderInput("Eco SRL", "Dan", "dan@eco.example", "SME", "ro", List.of()));

        List<FieldError> errors = errorsOf(definition);

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("stakeholders[1].category",
                "stakeholders[1].language", "stakeholders[1].roles[1]", "stakeholders[2].roles");
        assertThat(errors).contains(new FieldError("stakeholders[1].category",
                "must be one of PUBLIC_AUTHORITY, SME, LARGE_COMPANY, NGO, ACADEMIA, CLUSTER, EXPERT"));
    }

    @Test
    void shouldRefuseAnEmptyStakeholderEntry() {
        Definition definition = new Definition();
        List<StakeholderInput> stakeholders = new ArrayList<>();
        stakeholders.add(signatory("Primăria", "ana@primaria.example"));
        stakeholders.add(null);
        definition.stakeholders = stakeholders;

        assertThat(errorsOf(definition)).containsExactly(new FieldError("stakeholders[1]", "must not be empty"));
    }

    // ---- texts ----

    @Test
    void shouldRefuseControlCharactersInTexts() {
        Definition definition = new Definition();
        definition.title = "Pactul\u0000 verde";
        definition.topic = "Energie\u001b[31m roșie";
        definition.stakeholders = List.of(new StakeholderInput("Primăria\u0007", "Ana", "ana@primaria.example",
                "PUBLIC_AUTHORITY", "ro", ALL_ROLES));

        assertThat(errorsOf(definition)).containsExactlyInAnyOrder(
                new FieldError("title", "must not contain control characters"),
                new FieldError("topic", "must not contain control characters"),
                new FieldError("stakeholders[0].organisation", "must not contain control characters"));
    }

    @Test
    void shouldAllowLineBreaksAndTabsInTheTopic() {
        Definition definition = new Definition();
        definition.topic = "Energie:\n\t- solară\r\n\t- eoliană";

        assertThat(validator.validate(definition.build(), "RO-IF").topic()).isEqualTo(definition.topic);
    }

    @Test
    void shouldCountTheTitleLengthInCharacters() {
        Definition atLimit = new Definition();
        atLimit.title = "ă".repeat(100) + "𝔾".repeat(100); // 200 characters, 300 UTF-16 units, 600 bytes
        Definition overLimit = new Definition();
        overLimit.title = "Ω".repeat(201);

        assertThat(validator.validate(atLimit.build(), "RO-IF").title()).isEqualTo(atLimit.title);
        assertThat(errorsOf(overLimit))
                .containsExactly(new FieldError("title", "must be at most 200 characters long"));
    }

    @Test
    void shouldRefuseNegativeTargets() {
        Definition definition = new Definition();
        definition.targets = new TargetsInput(-1, -2);

        assertThat(errorsOf(definition)).containsExactlyInAnyOrder(
                new FieldError("targets.answers", "must not be negative"),
                new FieldError("targets.signatories", "must not be negative"));
    }

    // ---- everything at once ----

    @Test
    void shouldReportEveryErrorAtOnceWithItsPath() {
        Definition definition = new Definition();
        definition.title = "   ";
        definition.defaultLanguage = "de";
        definition.languages = List.of("ro", "xx");
        definition.consultationDeadline = "2026-02-20T17:00:00+02:00";
        definition.reviewDeadline = "2026-02-10T17:00:00+02:00";
        definition.signatureDeadline = "next tuesday";
        definition.reminderBefore = "soon";
        definition.signingRule = "MAJORITY";
        definition.targets = new TargetsInput(-1, 3);
        definition.stakeholders = List.of(
                stakeholder("Primăria", "elena@primaria.example", List.of("PARTICIPANT")),
                stakeholder("Eco SRL", "ELENA@primaria.example", List.of("REVIEWER")),
                new StakeholderInput("", "Ion", "not-an-email", "FARMER", "klingon", List.of("BOSS")));

        List<FieldError> errors = errorsOf(definition);

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("title", "defaultLanguage",
                "languages[1]", "consultationDeadline", "reviewDeadline", "signatureDeadline", "reminderBefore",
                "signingRule", "targets.answers", "stakeholders[1].email", "stakeholders[2].organisation",
                "stakeholders[2].email", "stakeholders[2].category", "stakeholders[2].language",
                "stakeholders[2].roles[0]", "stakeholders");
        assertThat(errors).contains(new FieldError("title", "must not be empty"),
                new FieldError("consultationDeadline", "must be in the future"),
                new FieldError("stakeholders", "a round needs at least one stakeholder with the role SIGNATORY"));
    }

    // ---- helpers ----

    private List<FieldError> errorsOf(Definition definition) {
        InvalidInputException refused = catchThrowableOfType(
                () -> validator.validate(definition.build(), "RO-IF"), InvalidInputException.class);
        assertThat(refused).as("the definition should have been refused").isNotNull();
        return refused.errors();
    }

    private static StakeholderInput signatory(String organisation, String email) {
        return stakeholder(organisation, email, List.of("SIGNATORY"));
    }

    private static StakeholderInput stakeholder(String organisation, String email, List<String> roles) {
        return new StakeholderInput(organisation, "Persoana de contact", email, "SME", "ro", roles);
    }

    private static List<StakeholderInput> many(int count) {
        List<StakeholderInput> stakeholders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            stakeholders.add(stakeholder("IMM " + i + " Măgurele", "p" + i + "@imm.example",
                    i == 0 ? ALL_ROLES : List.of("PARTICIPANT")));
        }
        return stakeholders;
    }

    /** A valid definition; a test changes what it is about. */
    private static final class Definition {
        String title = "Pactul verde local Măgurele – ediția 2026";
        String topic = "Eficiență energetică și economie circulară";
        String defaultLanguage = "ro";
        List<String> languages = List.of("ro", "en", "el", "bg");
        String consultationDeadline = CONSULTATION;
        String reminderBefore = "P2D";
        String reviewDeadline = REVIEW;
        String signatureDeadline = SIGNATURE;
        String signingRule = "ALL";
        TargetsInput targets = new TargetsInput(3, 2);
        List<StakeholderInput> stakeholders = List.of(
                new StakeholderInput("Consiliul Județean Ilfov", "Ana-Maria Ionescu-Stănescu", "ana@cj-ilfov.example",
                        "PUBLIC_AUTHORITY", "ro", ALL_ROLES),
                new StakeholderInput("Θεσσαλονίκη Green Lab", "Νίκος Παπαδόπουλος", "nikos@greenlab.example", "NGO",
                        "el", List.of("PARTICIPANT", "REVIEWER")),
                new StakeholderInput("Клъстер за възобновяема енергия", "Мария Иванова", "maria@cluster.example",
                        "CLUSTER", "bg", List.of("PARTICIPANT", "SIGNATORY")));

        RoundDefinition build() {
            return new RoundDefinition(title, topic, null, defaultLanguage, languages, consultationDeadline,
                    reminderBefore, reviewDeadline, signatureDeadline, signingRule, targets, stakeholders);
        }
    }
}
