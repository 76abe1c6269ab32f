package org.copact.process;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.round.Round;
import org.copact.round.RoundTimes;
import org.springframework.context.MessageSource;

/**
 * A facilitator's new deadline for a running stage, as it arrives: a date and time in the round's
 * time zone ({@code 2027-03-01T17:00}) or with its offset ({@code 2027-03-01T17:00+02:00}), and an
 * optional reason told to those concerned.
 */
public record DeadlineExtensionInput(String deadline, String reason) {

    /** a deadline further ahead than this is a typing mistake, not a plan */
    static final Duration MAX_AHEAD = Duration.ofDays(366);
    static final int MAX_REASON = 500;

    /** The new deadline, or every field error at once in the language of {@code locale}. */
    Instant validate(Round round, DeadlineStage stage, Instant now, MessageSource messages, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        Instant at = null;
        if (deadline == null || deadline.isBlank()) {
            errors.add(error("deadline", "deadline.error.empty", messages, locale));
        } else {
            at = parse(deadline.trim(), round);
            if (at == null) {
                errors.add(error("deadline", "deadline.error.dateTime", messages, locale));
            } else if (!at.isAfter(now)) {
                errors.add(error("deadline", "deadline.error.future", messages, locale));
            } else if (at.isAfter(now.plus(MAX_AHEAD))) {
                errors.add(error("deadline", "deadline.error.tooFar", messages, locale, MAX_AHEAD.toDays()));
            } else if (!at.isAfter(round.deadlineOf(stage.stage()))) {
                errors.add(error("deadline", "deadline.error.notLater", messages, locale,
                        RoundTimes.format(round.deadlineOf(stage.stage()), round.timeZone(), locale)));
            }
        }
        String why = reason();
        if (why != null && why.codePointCount(0, why.length()) > MAX_REASON) {
            errors.add(error("reason", "deadline.error.tooLong", messages, locale, MAX_REASON));
        }
        if (why != null && why.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(error("reason", "deadline.error.control", messages, locale));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return at;
    }

    /** The reason without surrounding blanks, or null when none was given. */
    @Override
    public String reason() {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    private static Instant parse(String text, Round round) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(round.timeZone()).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private static FieldError error(String field, String code, MessageSource messages, Locale locale,
            Object... arguments) {
        return new FieldError(field, messages.getMessage(code, arguments, locale));
    }
}
