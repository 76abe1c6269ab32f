package org.copact.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.round.Stage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Reads a timeline query from request parameters as typed, for the API and the page alike. */
@Component
public class TimelineQueries {

    private final MessageSource messages;

    TimelineQueries(MessageSource messages) {
        this.messages = messages;
    }

    /** Every wrong parameter is a field error in the reader's language, all at once. */
    public TimelineQuery parse(String stage, String person, String type, String engine, String page, String size,
            Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        Stage chosenStage = null;
        if (stage != null && !stage.isBlank()) {
            try {
                chosenStage = Stage.valueOf(stage.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("stage", messages.getMessage("staff.history.error.stage", new Object[] {
                        Arrays.stream(Stage.values()).map(Stage::name).collect(Collectors.joining(", "))}, locale)));
            }
        }
        int pageNumber = number("page", page, 1, Integer.MAX_VALUE, 1, errors, locale);
        int pageSize = number("size", size, 1, TimelineQuery.MAX_SIZE, TimelineQuery.DEFAULT_SIZE, errors, locale);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new TimelineQuery(chosenStage, person, type, "true".equalsIgnoreCase(engine == null ? "" : engine.strip())
                || "on".equalsIgnoreCase(engine == null ? "" : engine.strip()), pageNumber, pageSize);
    }

    private int number(String field, String text, int min, int max, int absent, List<FieldError> errors,
            Locale locale) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, messages.getMessage("staff.history.error.number", new Object[] {min,
                max == Integer.MAX_VALUE ? "…" : String.valueOf(max)}, locale)));
        return absent;
    }
}
