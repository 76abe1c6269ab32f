package org.copact.round;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copact.common.Language;

/** The checks of single values that a round's definition and its edits share, each adding its field's error. */
final class FieldChecks {

    private FieldChecks() {
    }

    /** {@code path.name}, or {@code name} alone for a path that is the body itself */
    static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static Instant instant(String text, String field, RoundFieldErrors errors) {
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

    static String requiredText(String value, String field, int max, RoundFieldErrors errors) {
        if (value == null || value.isBlank()) {
            errors.add(field, "round.error.empty");
            return null;
        }
        return optionalText(value, field, max, errors);
    }

    static String optionalText(String value, String field, int max, RoundFieldErrors errors) {
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

    static <T> T required(String value, String field, RoundFieldErrors errors, Function<String, T> parse,
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

    static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst().orElse(null);
    }

    static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    static String languageCodes() {
        return Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "));
    }
}
