package org.copact.overview;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copact.common.FieldError;
import org.springframework.context.MessageSource;

/**
 * The field errors of a round definition named as the new-round page names its fields (the title;
 * the email of the stakeholder on line 2), in the page's language. A field the page does not show keeps the
 * name the JSON API gives it.
 */
final class RoundFormErrors {

    private static final Map<String, String> FIELDS = Map.of("title", "title", "topic", "topic",
            "defaultLanguage", "defaultLanguage", "languages", "languages",
            "consultationDeadline", "consultationDeadline", "reviewDeadline", "reviewDeadline",
            "signatureDeadline", "signatureDeadline", "targets.answers", "targetAnswers",
            "targets.signatories", "targetSignatories", "stakeholders", "stakeholders");
    private static final Pattern LANGUAGE = Pattern.compile("languages\\[\\d+\\]");
    private static final Pattern STAKEHOLDER = Pattern.compile("stakeholders\\[(\\d+)\\](?:\\.(\\w+))?(?:\\[\\d+\\])?");

    private RoundFormErrors() {
    }

    static List<FieldError> named(List<FieldError> errors, MessageSource messages, Locale locale) {
        return errors.stream().map(e -> new FieldError(name(e.field(), messages, locale), e.message())).toList();
    }

    private static String name(String field, MessageSource messages, Locale locale) {
        String key = LANGUAGE.matcher(field).matches() ? "languages" : field;
        if (FIELDS.containsKey(key)) {
            return messages.getMessage("page.new.field." + FIELDS.get(key), null, field, locale);
        }
        Matcher stakeholder = STAKEHOLDER.matcher(field);
        if (stakeholder.matches()) {
            String line = messages.getMessage("page.new.error.line",
                    new Object[] {String.valueOf(Integer.parseInt(stakeholder.group(1)) + 1)}, locale);
            return stakeholder.group(2) == null ? line
                    : line + ", " + messages.getMessage("page.new.error.column." + stakeholder.group(2), null,
                            stakeholder.group(2), locale);
        }
        return field;
    }
}
