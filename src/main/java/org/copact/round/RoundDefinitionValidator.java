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
        RoundFieldErrors errors = new RoundFieldErrors();
        String title = requiredText(input.title(), "title", MAX_TITLE, errors);
        String topic = optionalText(input.topic(), "topic", MAX_TEXT, errors);
        Language defaultLanguage = required(input.defaultLanguage(), "defaultLanguage", errors, Language::fromCodeOrNull,
                "round.error.language", languageCodes());
        Set<Language> languages = languages(input.languages(), defaultLanguage, errors);

        Instant now = clock.instant();
        Instant consultation = instant(input.consultationDeadline(), "consultationDeadline", errors);
        Instant review = instant(input.reviewDeadline(), "reviewDeadline", errors);
        Instant signature = instant(input.signatureDeadline(), "signatureDeadline", errors);
        if (consultation != null && !consultation.isAfter(now)) {
            errors.add("consultationDeadline", "round.error.future");
        }
        if (consultation != null && review != null && !review.isAfter(consultation)) {
            errors.add("reviewDeadline", "round.error.afterConsultation");
        }
        if (review != null && signature != null && !signature.isAfter(review)) {
            errors.add("signatureDeadline", "round.error.afterReview");
        }
        Duration reminderBefore = reminderBefore(input.reminderBefore(), errors);

        SigningRule signingRule = SigningRule.ALL;
        if (input.signingRule() != null && !input.signingRule().isBlank()) {
            signingRule = parseEnum(SigningRule.class, input.signingRule());
            if (signingRule == null) {
                errors.add("signingRule", "round.error.oneOf", names(SigningRule.values()));
            }
        }
        Targets targets = targets(input.targets(), errors);
        List<ValidStakeholder> stakeholders = stakeholders(input.stakeholders(), errors);

        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.in(messages, locale));
        }
        return new RoundDefinition.Valid(title, topic, regionId, defaultLanguage, languages, consultation,
                reminderBefore, review, signature, signingRule, targets, stakeholders,
                OffsetDateTime.parse(input.consultationDeadline().trim()).getOffset());
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
        try {
            Duration duration = Duration.parse(text.trim());
            if (duration.isNegative() || duration.isZero()) {
                errors.add("reminderBefore", "round.error.positiveDuration");
            } else if (duration.compareTo(RoundInputLimits.MAX_REMINDER_BEFORE) > 0) {
                errors.add("reminderBefore", "round.error.reminderTooLong",
                        String.valueOf(RoundInputLimits.MAX_REMINDER_BEFORE.toDays()));
            }
            return duration;
        } catch (DateTimeParseException e) {
            errors.add("reminderBefore", "round.error.duration");
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

    private List<ValidStakeholder> stakeholders(List<StakeholderInput> inputs, RoundFieldErrors errors) {
        if (inputs == null || inputs.isEmpty()) {
            errors.add("stakeholders", "round.error.noStakeholder");
            return List.of();
        }
        if (inputs.size() > MAX_STAKEHOLDERS) {
            errors.add("stakeholders", "round.error.tooManyStakeholders", String.valueOf(MAX_STAKEHOLDERS));
            return List.of();
        }
        List<ValidStakeholder> valid = new ArrayList<>(inputs.size());
        Set<String> emails = new HashSet<>();
        boolean anySignatory = false;
        for (int i = 0; i < inputs.size(); i++) {
            String path = "stakeholders[" + i + "]";
            StakeholderInput in = inputs.get(i);
            if (in == null) {
                errors.add(path, "round.error.empty");
                continue;
            }
            String organisation = requiredText(in.organisation(), path + ".organisation", MAX_TITLE, errors);
            String contactName = requiredText(in.contactName(), path + ".contactName", MAX_TITLE, errors);
            String email = null;
            if (in.email() == null || in.email().isBlank()) {
                errors.add(path + ".email", "round.error.empty");
            } else if (!EmailAddress.isValid(in.email())) {
                errors.add(path + ".email", "round.error.email");
            } else {
                email = Contact.normalise(in.email());
                if (!emails.add(email)) {
                    errors.add(path + ".email", "round.error.emailTwice");
                }
            }
            StakeholderCategory category = required(in.category(), path + ".category", errors,
                    code -> parseEnum(StakeholderCategory.class, code),
                    "round.error.oneOf", names(StakeholderCategory.values()));
            Language language = required(in.language(), path + ".language", errors, Language::fromCodeOrNull,
                    "round.error.language", languageCodes());
            Set<ParticipationRole> roles = roles(in.roles(), path + ".roles", errors);
            anySignatory |= roles.contains(ParticipationRole.SIGNATORY);
            valid.add(new ValidStakeholder(organisation, contactName, email, category, language, roles));
        }
        if (!anySignatory) {
            errors.add("stakeholders", "round.error.noSignatory");
        }
        return valid;
    }

    private Set<ParticipationRole> roles(List<String> names, String path, RoundFieldErrors errors) {
        if (names == null || names.isEmpty()) {
            errors.add(path, "round.error.noRole", names(ParticipationRole.values()));
            return Set.of();
        }
        Set<ParticipationRole> roles = EnumSet.noneOf(ParticipationRole.class);
        for (int i = 0; i < names.size(); i++) {
            ParticipationRole role = parseEnum(ParticipationRole.class, names.get(i));
            if (role == null) {
                errors.add(path + "[" + i + "]", "round.error.oneOf", names(ParticipationRole.values()));
            } else {
                roles.add(role);
            }
        }
        return roles;
    }

    private static Instant instant(String text, String field, RoundFieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "round.error.empty");
            return null;
        }
        try {
            return withinRange(OffsetDateTime.parse(text.trim()), field, errors);
        } catch (DateTimeParseException e) {
            errors.add(field, "round.error.dateTime");
            return null;
        }
    }

    /** A deadline PostgreSQL can store and a person can mean, else an error of its field. */
    private static Instant withinRange(OffsetDateTime at, String field, RoundFieldErrors errors) {
        if (RoundInputLimits.outOfRange(at)) {
            errors.add(field, "round.error.dateRange", RoundInputLimits.rangeArguments());
            return null;
        }
        return at.toInstant();
    }

    private static String requiredText(String value, String field, int max, RoundFieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, "round.error.empty");
            return null;
        }
        return optionalText(value, field, max, errors);
    }

    private static String optionalText(String value, String field, int max, RoundFieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            errors.add(field, "round.error.tooLong", String.valueOf(max));
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            errors.add(field, "round.error.control");
        }
        return trimmed;
    }

    private static <T> T required(String value, String field, RoundFieldErrors errors, Function<String, T> parse,
            String invalidCode, String invalidArgument) {
        if (value == null || value.isBlank()) {
            errors.add(field, "round.error.empty");
            return null;
        }
        T parsed = parse.apply(value);
        if (parsed == null) {
            errors.add(field, invalidCode, invalidArgument);
        }
        return parsed;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst().orElse(null);
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String languageCodes() {
        return Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "));
    }
}
