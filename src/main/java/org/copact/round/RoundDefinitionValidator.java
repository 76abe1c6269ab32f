package org.copact.round;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copact.common.EmailAddress;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.common.Language;
import org.copact.round.RoundDefinition.StakeholderInput;
import org.copact.round.RoundDefinition.ValidStakeholder;
import org.copact.stakeholder.Contact;
import org.copact.stakeholder.ParticipationRole;
import org.copact.stakeholder.StakeholderCategory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import static org.copact.round.FieldChecks.instant;
import static org.copact.round.FieldChecks.languageCodes;
import static org.copact.round.FieldChecks.names;
import static org.copact.round.FieldChecks.optionalText;
import static org.copact.round.FieldChecks.parseEnum;
import static org.copact.round.FieldChecks.required;
import static org.copact.round.FieldChecks.requiredText;

/** Checks a round definition and reports every field error at once, by the field's path. */
@Component
class RoundDefinitionValidator {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 500;
    static final int MAX_STAKEHOLDERS = 5000;
    static final Duration DEFAULT_REMINDER_BEFORE = Duration.ofDays(2);

    private final Clock clock;
    private final MessageSource messages;

    @Autowired
    RoundDefinitionValidator(Clock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    /** Without Spring, reads the same message bundles directly. */
    RoundDefinitionValidator(Clock clock) {
        this(clock, RoundFieldErrors.bundles());
    }

    /** Field errors in English, as the JSON API reports them. */
    RoundDefinition.Valid validate(RoundDefinition input, String regionId) {
        return validate(input, regionId, Locale.ENGLISH);
    }

    /** Field errors in the language of {@code locale}, as the pages show them. */
    RoundDefinition.Valid validate(RoundDefinition input, String regionId, Locale locale) {
        return check(input, regionId, locale, new RoundFieldErrors(),
                errors -> StakeholderChecks.stakeholders(input.stakeholders(), errors), false, null);
    }

    /**
     * A round's definition as an edit would make it, without its stakeholders (they change one at a
     * time); {@code errors}: what the edit's own rules found, reported with the rest. Once the
     * consultation is closed its deadline stays as it was, in the past.
     */
    RoundDefinition.Valid validateEdit(RoundDefinition merged, String regionId, Locale locale,
            RoundFieldErrors errors, boolean consultationClosed, Round round) {
        return check(merged, regionId, locale, errors, e -> List.of(), consultationClosed, round);
    }

    /** One stakeholder added to a round, whose addresses are {@code taken}; fields named as in its own body. */
    RoundDefinition.ValidStakeholder validateStakeholder(RoundDefinition.StakeholderInput input, Set<String> taken,
            Locale locale) {
        RoundFieldErrors errors = new RoundFieldErrors();
        if (input == null) {
            errors.add("organisation", "round.error.empty");
            throw new InvalidInputException(errors.in(messages, locale));
        }
        RoundDefinition.ValidStakeholder valid = StakeholderChecks.stakeholder(input, "", new HashSet<>(taken), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.in(messages, locale));
        }
        return valid;
    }

    /**
     * A contact's fixed name and address (either may be null: unchanged); the address normalised, or null.
     * {@code taken}: the addresses of the round's other stakeholders.
     */
    String validateContact(String contactName, String email, Set<String> taken, Locale locale) {
        RoundFieldErrors errors = new RoundFieldErrors();
        if (contactName == null && email == null) {
            errors.add("email", "round.error.empty");
        }
        if (contactName != null) {
            FieldChecks.requiredText(contactName, "contactName", StakeholderChecks.MAX_NAME, errors);
        }
        String normalised = email == null ? null
                : StakeholderChecks.email(email, "email", new HashSet<>(taken), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.in(messages, locale));
        }
        return normalised;
    }

    /** Why a round is cancelled: told to everyone concerned, so it must be said. */
    String validateReason(String reason, Locale locale) {
        RoundFieldErrors errors = new RoundFieldErrors();
        String valid = FieldChecks.requiredText(reason, "reason", MAX_TEXT, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.in(messages, locale));
        }
        return valid;
    }

    private RoundDefinition.Valid check(RoundDefinition input, String regionId, Locale locale, RoundFieldErrors errors,
            Function<RoundFieldErrors, List<ValidStakeholder>> stakeholderChecks, boolean consultationClosed,
            Round edited) {
        String title = requiredText(input.title(), "title", MAX_TITLE, errors);
        String topic = optionalText(input.topic(), "topic", MAX_TEXT, errors);
        Language defaultLanguage = required(input.defaultLanguage(), "defaultLanguage", errors, Language::fromCodeOrNull,
                "round.error.language", languageCodes());
        Set<Language> languages = languages(input.languages(), defaultLanguage, errors);

        Instant now = clock.instant();
        Instant consultation = instant(input.consultationDeadline(), "consultationDeadline", errors);
        Instant review = instant(input.reviewDeadline(), "reviewDeadline", errors);
        Instant signature = instant(input.signatureDeadline(), "signatureDeadline", errors);
        if (consultation != null && !consultationClosed && !consultation.isAfter(now)) {
            errors.add("consultationDeadline", "round.error.future");
        }
        if (consultation != null && review != null && !review.isAfter(consultation)) {
            errors.add("reviewDeadline", "round.error.afterConsultation");
        }
        if (review != null && signature != null && !signature.isAfter(review)) {
            errors.add("signatureDeadline", "round.error.afterReview");
        }
        Duration reminderBefore = reminderBefore(input.reminderBefore(), errors);

        Targets targets = targets(input.targets(), errors);
        List<ValidStakeholder> stakeholders = stakeholderChecks.apply(errors);
        // an edit keeps the signing policy (and its reminder) the round was defined with
        SigningPolicy signing = edited != null ? edited.signingPolicy()
                : SigningPolicyValidator.validate(input, stakeholders, errors);
        Duration signatureReminderBefore = edited != null ? edited.signatureReminderBefore()
                : input.signatureReminderBefore() == null
                || input.signatureReminderBefore().isBlank() ? reminderBefore
                        : duration(input.signatureReminderBefore(), "signatureReminderBefore", errors);

        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.in(messages, locale));
        }
        return new RoundDefinition.Valid(title, topic, regionId, defaultLanguage, languages, consultation,
                reminderBefore, review, signature, signing, targets, stakeholders,
                OffsetDateTime.parse(input.consultationDeadline().trim()).getOffset(),
                edited != null ? edited.commentsVisibleToAll() : Boolean.TRUE.equals(input.commentsVisibleToAll()),
                signatureReminderBefore);
    }

    private Set<Language> languages(List<String> codes, Language defaultLanguage, RoundFieldErrors errors) {
        Set<Language> languages = new LinkedHashSet<>();
        if (defaultLanguage != null) {
            languages.add(defaultLanguage);
        }
        if (codes == null) {
            return languages;
        }
        for (int i = 0; i < codes.size(); i++) {
            Language language = Language.fromCodeOrNull(codes.get(i));
            if (language == null) {
                errors.add("languages[" + i + "]", "round.error.language", languageCodes());
            } else {
                languages.add(language);
            }
        }
        return languages;
    }

    private Duration reminderBefore(String text, RoundFieldErrors errors) {
        if (text == null || text.isBlank()) {
            return DEFAULT_REMINDER_BEFORE;
        }
        return duration(text, "reminderBefore", errors);
    }

    private static Duration duration(String text, String field, RoundFieldErrors errors) {
        try {
            Duration duration = Duration.parse(text.trim());
            if (duration.isNegative() || duration.isZero()) {
                errors.add(field, "round.error.positiveDuration");
            } else if (duration.compareTo(RoundInputLimits.MAX_REMINDER_BEFORE) > 0) {
                errors.add(field, "round.error.reminderTooLong",
                        String.valueOf(RoundInputLimits.MAX_REMINDER_BEFORE.toDays()));
            }
            return duration;
        } catch (DateTimeParseException e) {
            errors.add(field, "round.error.duration");
            return null;
        }
    }

    private Targets targets(RoundDefinition.TargetsInput input, RoundFieldErrors errors) {
        if (input == null) {
            return Targets.none();
        }
        if (input.answers() != null && input.answers() < 0) {
            errors.add("targets.answers", "round.error.negative");
        }
        if (input.signatories() != null && input.signatories() < 0) {
            errors.add("targets.signatories", "round.error.negative");
        }
        return new Targets(input.answers(), input.signatories());
    }
}
