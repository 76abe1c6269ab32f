package org.copact.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The form-js properties of a component beyond its validation, read and checked when the forms are
 * deployed: a number's {@code decimalDigits} and {@code increment}, a datetime's
 * {@code timeSerializingFormat}, a choice's {@code valuesKey} and {@code valuesExpression}, and the
 * templates of its texts. What Copact cannot honour is a problem naming the file, the component
 * and the property.
 */
final class FormEntries {

    /** the texts form-js evaluates as templates ({{…}}) or expressions (=…) before it shows them */
    static final List<String> TEMPLATED = List.of("label", "description", "text", "content", "alt", "source",
            "dateLabel", "timeLabel", "appearance.prefixAdorner", "appearance.suffixAdorner");
    static final Set<String> TIME_FORMATS = Set.of("utc_offset", "utc_normalized", "no_timezone");
    private static final Set<String> CHOICES = Set.of("radio", "select", "checklist", "taglist");

    private FormEntries() {
    }

    /** The text of a templated property ("appearance.prefixAdorner" is nested), or null. */
    static String text(JsonNode component, String property) {
        JsonNode node = component;
        for (String segment : property.split("\\.")) {
            node = node.path(segment);
        }
        return node.isTextual() ? node.asText() : null;
    }

    /** name: the component as a problem names it ('key', or its id) */
    static void checkTexts(String resource, String name, JsonNode component, List<String> problems) {
        for (String property : TEMPLATED) {
            String text = text(component, property);
            if (FormTemplates.isTemplate(text)) {
                try {
                    FormTemplates.check(text);
                } catch (FormTemplates.InvalidTemplateException e) {
                    problems.add(resource + ": component " + name + ", property " + property
                            + ": the template cannot be evaluated: " + e.getMessage());
                }
            }
        }
    }

    static FormField.Entry read(String resource, String key, String type, JsonNode component,
            List<String> problems) {
        String at = resource + ": component '" + key + "', property ";
        Integer decimalDigits = null;
        BigDecimal increment = null;
        JsonNode digits = component.path("decimalDigits");
        JsonNode step = component.path("increment");
        if (!type.equals("number") && (has(digits) || has(step))) {
            problems.add(at + (has(digits) ? "decimalDigits" : "increment") + ": only a number field has it, not a "
                    + type);
        } else {
            if (has(digits)) {
                if (digits.canConvertToExactIntegral() && digits.asInt() >= 0) {
                    decimalDigits = digits.asInt();
                } else {
                    problems.add(at + "decimalDigits: must be a whole number, 0 or more");
                }
            }
            if (has(step)) {
                increment = positive(step.asText());
                if (increment == null || !(step.isNumber() || step.isTextual())) {
                    problems.add(at + "increment: must be a number greater than zero");
                    increment = null;
                }
            }
        }
        String timeFormat = null;
        JsonNode format = component.path("timeSerializingFormat");
        if (has(format)) {
            if (!type.equals("datetime") || !TIME_FORMATS.contains(format.asText())) {
                problems.add(at + "timeSerializingFormat: '" + format.asText() + "' is not one of " + TIME_FORMATS
                        + (type.equals("datetime") ? "" : " of a datetime field"));
            } else if (!"date".equals(component.path("subtype").asText("date"))) {
                timeFormat = format.asText();
            }
        }
        String valuesKey = component.path("valuesKey").asText("").strip();
        String valuesExpression = component.path("valuesExpression").asText("").strip();
        if (!CHOICES.contains(type) && !(valuesKey.isEmpty() && valuesExpression.isEmpty())) {
            problems.add(at + (valuesKey.isEmpty() ? "valuesExpression" : "valuesKey") + ": only a choice has it, not "
                    + "a " + type);
        }
        if (!valuesExpression.isEmpty()) {
            if (!valuesExpression.startsWith("=") || valuesExpression.length() < 2) {
                problems.add(at + "valuesExpression: not a FEEL expression (it must start with '=')");
                valuesExpression = "";
            } else if (!FormConditions.parses(resource, key, "valuesExpression", valuesExpression.substring(1),
                    problems)) {
                valuesExpression = "";
            } else {
                valuesExpression = valuesExpression.substring(1);
            }
        }
        return new FormField.Entry(decimalDigits, increment, timeFormat, valuesKey.isEmpty() ? null : valuesKey,
                valuesExpression.isEmpty() ? null : valuesExpression);
    }

    private static boolean has(JsonNode node) {
        return !node.isMissingNode() && !node.isNull() && !(node.isTextual() && node.asText().isBlank());
    }

    private static BigDecimal positive(String text) {
        try {
            BigDecimal number = new BigDecimal(text.strip());
            return number.signum() > 0 ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
