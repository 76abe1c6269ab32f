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
import org.copact.stakeholder.ParticipationRole;
import org.copact.stakeholder.Stakeholder;
import org.copact.stakeholder.StakeholderCategory;
import org.springframework.stereotype.Component;

/** Checks a round definition and reports every field error at once, by the field's path. */
@Component
class RoundDefinitionValidator {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 500;
    static final int MAX_STAKEHOLDERS = 5000;
    static final Duration DEFAULT_REMINDER_BEFORE = Duration.ofDays(2);

    private final Clock clock;

    RoundDefinitionValidator(Clock clock) {
        this.clock = clock;
    }

    RoundDefinition.Valid validate(RoundDefinition input, String regionId) {
        List<FieldError> errors = new ArrayList<>();
        String title = requiredText(input.title(), "title", MAX_TITLE, errors);
        String topic = optionalText(input.topic(), "topic", MAX_TEXT, errors);
        Language defaultLanguage = required(input.defaultLanguage(), "defaultLanguage", errors, Language::fromCodeOrNull,
                "is not one of the languages Copact speaks (" + languageCodes() + ")");
        Set<Language> languages = languages(input.languages(), defaultLanguage, errors);

        Instant now = clock.instant();
        Instant consultation = instant(input.consultationDeadline(), "consultationDeadline", errors);
        Instant review = instant(input.reviewDeadline(), "reviewDeadline", errors);
        Instant signature = instant(input.signatureDeadline(), "signatureDeadline", errors);
        if (consultation != null && !consultation.isAfter(now)) {
            errors.add(new FieldError("consultationDeadline", "must be in the future"));
        }
        if (consultation != null && review != null && !review.isAfter(consultation)) {
            errors.add(new FieldError("reviewDeadline", "must come after the consultation deadline"));
        }
        if (review != null && signature != null && !signature.isAfter(review)) {
            errors.add(new FieldError("signatureDeadline", "must come after the review deadline"));
        }
        Duration reminderBefore = reminderBefore(input.reminderBefore(), errors);

        SigningRule signingRule = SigningRule.ALL;
        if (input.signingRule() != null && !input.signingRule().isBlank()) {
            signingRule = parseEnum(SigningRule.class, input.signingRule());
            if (signingRule == null) {
                errors.add(new FieldError("signingRule", "must be one of " + names(SigningRule.values())));
            }
        }
        Targets targets = targets(input.targets(), errors);
        List<ValidStakeholder> stakeholders = stakeholders(input.stakeholders(), errors);

        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new RoundDefinition.Valid(title, topic, regionId, defaultLanguage, languages, consultation,
                reminderBefore, review, signature, signingRule, targets, stakeholders);
    }

    private Set<Language> languages(List<String> codes, Language defaultLanguage, List<FieldError> errors) {
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
                errors.add(new FieldError("languages[" + i + "]",
                        "is not one of the languages Copact speaks (" + languageCodes() + ")"));
            } else {
                languages.add(language);
            }
        }
        return languages;
    }

    private Duration reminderBefore(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return DEFAULT_REMINDER_BEFORE;
        }
        try {
            Duration duration = Duration.parse(text.trim());
            if (duration.isNegative() || duration.isZero()) {
                errors.add(new FieldError("reminderBefore", "must be a positive duration, such as P2D"));
            }
            return duration;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("reminderBefore", "must be an ISO-8601 duration, such as P2D or PT12H"));
            return null;
        }
    }

    private Targets targets(RoundDefinition.TargetsInput input, List<FieldError> errors) {
        if (input == null) {
            return Targets.none();
        }
        if (input.answers() != null && input.answers() < 0) {
            errors.add(new FieldError("targets.answers", "must not be negative"));
        }
        if (input.signatories() != null && input.signatories() < 0) {
            errors.add(new FieldError("targets.signatories", "must not be negative"));
        }
        return new Targets(input.answers(), input.signatories());
    }

    private List<ValidStakeholder> stakeholders(List<StakeholderInput> inputs, List<FieldError> errors) {
        if (inputs == null || inputs.isEmpty()) {
            errors.add(new FieldError("stakeholders", "a round needs at least one stakeholder"));
            return List.of();
        }
        if (inputs.size() > MAX_STAKEHOLDERS) {
            errors.add(new FieldError("stakeholders", "a round takes at most " + MAX_STAKEHOLDERS + " stakeholders"));
            return List.of();
        }
        List<ValidStakeholder> valid = new ArrayList<>(inputs.size());
        Set<String> emails = new HashSet<>();
        boolean anySignatory = false;
        for (int i = 0; i < inputs.size(); i++) {
            String path = "stakeholders[" + i + "]";
            StakeholderInput in = inputs.get(i);
            if (in == null) {
                errors.add(new FieldError(path, "must not be empty"));
                continue;
            }
            String organisation = requiredText(in.organisation(), path + ".organisation", MAX_TITLE, errors);
            String contactName = requiredText(in.contactName(), path + ".contactName", MAX_TITLE, errors);
            String email = null;
            if (in.email() == null || in.email().isBlank()) {
                errors.add(new FieldError(path + ".email", "must not be empty"));
            } else if (!EmailAddress.isValid(in.email())) {
                errors.add(new FieldError(path + ".email", "is not a valid email address"));
            } else {
                email = Stakeholder.normalise(in.email());
                if (!emails.add(email)) {
                    errors.add(new FieldError(path + ".email", "appears more than once in this round"));
                }
            }
            StakeholderCategory category = required(in.category(), path + ".category", errors,
                    code -> parseEnum(StakeholderCategory.class, code),
                    "must be one of " + names(StakeholderCategory.values()));
            Language language = required(in.language(), path + ".language", errors, Language::fromCodeOrNull,
                    "is not one of the languages Copact speaks (" + languageCodes() + ")");
            Set<ParticipationRole> roles = roles(in.roles(), path + ".roles", errors);
            anySignatory |= roles.contains(ParticipationRole.SIGNATORY);
            valid.add(new ValidStakeholder(organisation, contactName, email, category, language, roles));
        }
        if (!anySignatory) {
            errors.add(new FieldError("stakeholders", "a round needs at least one stakeholder with the role SIGNATORY"));
        }
        return valid;
    }

    private Set<ParticipationRole> roles(List<String> names, String path, List<FieldError> errors) {
        if (names == null || names.isEmpty()) {
            errors.add(new FieldError(path, "must name at least one of " + names(ParticipationRole.values())));
            return Set.of();
        }
        Set<ParticipationRole> roles = EnumSet.noneOf(ParticipationRole.class);
        for (int i = 0; i < names.size(); i++) {
            ParticipationRole role = parseEnum(ParticipationRole.class, names.get(i));
            if (role == null) {
                errors.add(new FieldError(path + "[" + i + "]", "must be one of " + names(ParticipationRole.values())));
            } else {
                roles.add(role);
            }
        }
        return roles;
    }

    private static Instant instant(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "must not be empty"));
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date and time with its offset, such as 2026-12-01T17:00:00+02:00"));
            return null;
        }
    }

    private static String requiredText(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "must not be empty"));
            return null;
        }
        return optionalText(value, field, max, errors);
    }

    private static String optionalText(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters long"));
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            errors.add(new FieldError(field, "must not contain control characters"));
        }
        return trimmed;
    }

    private static <T> T required(String value, String field, List<FieldError> errors, Function<String, T> parse,
            String invalidMessage) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "must not be empty"));
            return null;
        }
        T parsed = parse.apply(value);
        if (parsed == null) {
            errors.add(new FieldError(field, invalidMessage));
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
