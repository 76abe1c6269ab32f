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

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("title", "title"),
            Map.entry("topic", "topic"), Map.entry("defaultLanguage", "defaultLanguage"),
            Map.entry("languages", "languages"), Map.entry("consultationDeadline", "consultationDeadline"),
            Map.entry("reviewDeadline", "reviewDeadline"), Map.entry("signatureDeadline", "signatureDeadline"),
            Map.entry("targets.answers", "targetAnswers"), Map.entry("targets.signatories", "targetSignatories"),
            Map.entry("stakeholders", "stakeholders"), Map.entry("signingRule", "signingRule"),
            Map.entry("signingQuorum", "signingQuorum"), Map.entry("signingGroups", "signingGroups"));
    /** the region's choice, labelled by the staff bundle */
    static final String REGION = "regionId";
    private static final Pattern GROUP = Pattern.compile("signingGroups\\[(\\d+)\\].*");
    private static final Pattern LANGUAGE = Pattern.compile("languages\\[\\d+\\]");
    private static final Pattern STAKEHOLDER = Pattern.compile("stakeholders\\[(\\d+)\\](?:\\.(\\w+))?(?:\\[\\d+\\])?");

    private RoundFormErrors() {
    }

    static List<FieldError> named(List<FieldError> errors, MessageSource messages, Locale locale) {
        return errors.stream().map(e -> new FieldError(name(e.field(), messages, locale), e.message())).toList();
    }

    private static String name(String field, MessageSource messages, Locale locale) {
        String key = LANGUAGE.matcher(field).matches() ? "languages" : field;
        if (REGION.equals(key)) {
            return messages.getMessage("staff.round.region", null, field, locale);
        }
        if (FIELDS.containsKey(key)) {
            return messages.getMessage("page.new.field." + FIELDS.get(key), null, field, locale);
        }
        Matcher group = GROUP.matcher(field);
        if (group.matches()) {
            return messages.getMessage("page.new.error.group",
                    new Object[] {String.valueOf(Integer.parseInt(group.group(1)) + 1)}, locale);
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
