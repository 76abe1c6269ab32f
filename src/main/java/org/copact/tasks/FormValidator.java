package org.copact.tasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.copact.common.FieldError;

/**
 * Checks a submission against its form definition as form-js checks it in the browser, and keeps
 * only the values of the form's own fields.
 */
final class FormValidator {

    private FormValidator() {
    }

    /** The checked values, or the field errors; a key that is not a field of the form is an error too. */
    static Result validate(FormDefinition form, Map<String, Object> submitted) {
        Map<String, Object> input = submitted == null ? Map.of() : submitted;
        List<FieldError> errors = new ArrayList<>();
        for (String key : input.keySet()) {
            if (form.field(key).isEmpty()) {
                errors.add(new FieldError(key, "is not a field of this form"));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            Object value = input.get(field.key());
            if (isEmpty(value) || (field.required() && isUnticked(field, value))) {
                if (field.required()) {
                    errors.add(new FieldError(field.key(), "is required"));
                }
                continue;
            }
            String error = check(field, value);
            if (error != null) {
                errors.add(new FieldError(field.key(), error));
            } else {
                values.put(field.key(), value instanceof String text ? text.strip() : value);
            }
        }
        return new Result(values, errors);
    }

    record Result(Map<String, Object> values, List<FieldError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    private static String check(FormField field, Object value) {
        return switch (field.type()) {
            case "textfield", "textarea" -> value instanceof String text ? checkText(field, text.strip())
                    : "must be text";
            case "number" -> value instanceof Number number ? checkNumber(field, number.doubleValue())
                    : "must be a number";
            case "checkbox" -> value instanceof Boolean ? null : "must be true or false";
            case "radio", "select" -> value instanceof String text && field.options().contains(text) ? null
                    : "must be one of " + field.options();
            case "checklist", "taglist" -> checkOptions(field, value);
            default -> "cannot be submitted";
        };
    }

    private static String checkText(FormField field, String text) {
        int length = text.codePointCount(0, text.length());
        if (field.minLength() != null && length < field.minLength()) {
            return "must be at least " + field.minLength() + " characters long";
        }
        if (field.maxLength() != null && length > field.maxLength()) {
            return "must be at most " + field.maxLength() + " characters long";
        }
        if (field.pattern() != null) {
            try {
                // as form-js does (RegExp.test): the pattern is looked for; anchors make it whole
                if (!Pattern.compile(field.pattern()).matcher(text).find()) {
                    return "does not have the expected form";
                }
            } catch (PatternSyntaxException e) {
                return "cannot be checked: the form's pattern is invalid";
            }
        }
        return null;
    }

    private static String checkNumber(FormField field, double number) {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return "must be a number";
        }
        if (field.min() != null && number < field.min()) {
            return "must be at least " + format(field.min());
        }
        if (field.max() != null && number > field.max()) {
            return "must be at most " + format(field.max());
        }
        return null;
    }

    private static String checkOptions(FormField field, Object value) {
        if (!(value instanceof Collection<?> chosen)) {
            return "must be a list of " + field.options();
        }
        for (Object option : chosen) {
            if (!(option instanceof String text) || !field.options().contains(text)) {
                return "must only contain values of " + field.options();
            }
        }
        return null;
    }

    /** form-js: a required checkbox must be ticked, so false counts as no answer */
    private static boolean isUnticked(FormField field, Object value) {
        return field.type().equals("checkbox") && Boolean.FALSE.equals(value);
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String text && text.isBlank())
                || (value instanceof Collection<?> collection && collection.isEmpty());
    }

    private static String format(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
