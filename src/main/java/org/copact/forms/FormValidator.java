package org.copact.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a submission against its form definition as form-js checks it in the browser, and keeps
 * only the values of the form's own fields. A field that its condition hides is neither required
 * nor kept, as in form-js. Each mistake is a {@link FormProblem}, put into words in the person's
 * language by {@link FormMessages}.
 */
public final class FormValidator {

    /** An address as form-js's email validation accepts it: something@domain.tld, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$");
    /** form-js wants phone numbers in international form: a country code after + or 00. */
    private static final Pattern PHONE = Pattern.compile("^(\\+|00)[1-9][0-9]{6,14}$");

    private FormValidator() {
    }

    /** The checked values, or the field errors; a key that is not a field of the form is an error too. */
    public static Result validate(FormDefinition form, Map<String, Object> submitted) {
        return validate(form, submitted, Map.of());
    }

    /**
     * As {@link #validate(FormDefinition, Map)}, with the task's variables, which conditions, limits
     * given as FEEL expressions ({@code "min": "=min"}) and read-only expressions see besides the
     * submitted values (a submitted value wins over a variable of the same name), and whose values a
     * read-only field keeps. As in form-js, a disabled field is neither checked nor kept; a read-only
     * field keeps the value the form had (its variable, else its default), whatever was submitted.
     */
    public static Result validate(FormDefinition form, Map<String, Object> submitted, Map<String, Object> context) {
        Map<String, Object> input = submitted == null ? Map.of() : submitted;
        List<FormProblem> problems = new ArrayList<>();
        unknownKeys(form.fields(), input, "", problems);
        Map<String, Object> variables = context == null ? Map.of() : context;
        Map<String, Object> scope = new HashMap<>(variables);
        scope.putAll(input);
        Map<String, Object> values = check(form.fields(), input, scope, variables, "", problems);
        return new Result(values, List.copyOf(problems));
    }

    static void unknownKeys(List<FormField> fields, Map<String, Object> input, String prefix,
            List<FormProblem> problems) {
        for (String key : input.keySet()) {
            if (fields.stream().noneMatch(f -> f.path().get(0).equals(key))) {
                problems.add(new FormProblem(prefix + key, "form.error.unknown-field"));
            }
        }
    }

    /**
     * prefix: where the fields are in the submission, "" at the top, "clients[0]." in a list's item;
     * originals: the values the form had there before the person changed anything (the task's variables)
     */
    static Map<String, Object> check(List<FormField> fields, Map<String, Object> input,
            Map<String, Object> scope, Map<String, Object> originals, String prefix, List<FormProblem> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : fields) {
            if (FormConditions.hides(field, scope) || field.editing().disabled()) {
                continue;
            }
            if (FormConditions.readonly(field, scope)) {
                Object original = FieldEditing.original(field, originals);
                if (original != null) {
                    FormValues.put(values, field.path(), original);
                }
                continue;
            }
            Object value = FormValues.at(input, field.path());
            if (field.isList()) {
                List<Object> items = ListChecks.check(field, value, scope, FormValues.at(originals, field.path()),
                        prefix + field.key(), problems);
                if (items != null) {
                    FormValues.put(values, field.path(), items);
                }
                continue;
            }
            if (isEmpty(value) || (field.required() && isUnticked(field, value))) {
                if (field.required()) {
                    problems.add(new FormProblem(prefix + field.key(), "form.error.required"));
                }
                continue;
            }
            FormProblem problem = check(FormOptions.resolved(withLimits(field, scope), scope), value);
            if (problem != null) {
                problems.add(prefix.isEmpty() ? problem
                        : new FormProblem(prefix + problem.field(), problem.code(), problem.arguments()));
            } else {
                FormValues.put(values, field.path(), value instanceof String text ? text.strip() : value);
            }
        }
        return values;
    }

    /** The field with the limits its FEEL expressions yield now; one that yields no number sets no limit. */
    private static FormField withLimits(FormField field, Map<String, Object> scope) {
        if (field.limits().isEmpty()) {
            return field;
        }
        Map<String, Double> limits = new HashMap<>();
        field.limits().forEach((rule, expression) -> {
            Double limit = FormConditions.limit(expression, scope);
            if (limit != null) {
                limits.put(rule, limit);
            }
        });
        return new FormField(field.key(), field.type(), field.label(), field.required(),
                limits.getOrDefault("min", field.min()), limits.getOrDefault("max", field.max()),
                limits.containsKey("minLength") ? (Integer) (int) Math.ceil(limits.get("minLength")) : field.minLength(),
                limits.containsKey("maxLength") ? (Integer) (int) Math.floor(limits.get("maxLength"))
                        : field.maxLength(),
                field.pattern(), field.options(), field.subtype(), field.validationType(), field.hide(),
                field.limits(), field.items(), field.upload(), field.entry(), field.editing());
    }

    public record Result(Map<String, Object> values, List<FormProblem> problems) {

        boolean valid() {
            return problems.isEmpty();
        }

        /** The errors in English, the language of the form definitions. */
        List<org.copact.common.FieldError> errors() {
            return FormMessages.english().errors(problems);
        }
    }

    private static FormProblem check(FormField field, Object value) {
        String key = field.key();
        switch (field.type()) {
            case "textfield", "textarea":
                return value instanceof String text ? checkText(field, text.strip())
                        : new FormProblem(key, "form.error.text");
            case "number":
                if (!(value instanceof Number number)) {
                    return new FormProblem(key, "form.error.number");
                }
                FormProblem outOfRange = checkNumber(field, number.doubleValue());
                return outOfRange != null ? outOfRange : NumberSteps.check(field, number);
            case "checkbox":
                return value instanceof Boolean ? null : new FormProblem(key, "form.error.boolean");
            case "radio", "select":
                return value instanceof String text && field.options().contains(text) ? null
                        : new FormProblem(key, "form.error.one-of", field.options().toString());
            case "checklist", "taglist":
                return checkOptions(field, value);
            case FormField.FILEPICKER:
                return checkFiles(field, value);
            case "datetime":
                return value instanceof String text && isDateTime(field.subtype(), text.strip()) ? null
                        : new FormProblem(key, "form.error." + field.subtype());
            default:
                return new FormProblem(key, "form.error.cannot-submit");
        }
    }

    private static FormProblem checkText(FormField field, String text) {
        // NUL cannot be stored (jsonb refuses it), and no person types the other control characters
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
            return new FormProblem(field.key(), "form.error.control");
        }
        int length = text.codePointCount(0, text.length());
        if (field.minLength() != null && length < field.minLength()) {
            return new FormProblem(field.key(), "form.error.min-length", field.minLength().toString());
        }
        if (field.maxLength() != null && length > field.maxLength()) {
            return new FormProblem(field.key(), "form.error.max-length", field.maxLength().toString());
        }
        if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
            return new FormProblem(field.key(), "form.error.email");
        }
        if ("phone".equals(field.validationType()) && !PHONE.matcher(text.replaceAll("[\\s()./-]", "")).matches()) {
            return new FormProblem(field.key(), "form.error.phone");
        }
        if (field.pattern() != null) {
            try {
                // as form-js does (RegExp.test): the pattern is looked for; anchors make it whole
                if (!Pattern.compile(field.pattern()).matcher(text).find()) {
                    return new FormProblem(field.key(), "form.error.pattern");
                }
            } catch (PatternSyntaxException e) {
                return new FormProblem(field.key(), "form.error.invalid-pattern");
            }
        }
        return null;
    }

    private static FormProblem checkNumber(FormField field, double number) {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return new FormProblem(field.key(), "form.error.number");
        }
        if (field.min() != null && number < field.min()) {
            return new FormProblem(field.key(), "form.error.min", format(field.min()));
        }
        if (field.max() != null && number > field.max()) {
            return new FormProblem(field.key(), "form.error.max", format(field.max()));
        }
        return null;
    }

    private static FormProblem checkOptions(FormField field, Object value) {
        if (!(value instanceof Collection<?> chosen)) {
            return new FormProblem(field.key(), "form.error.list-of", field.options().toString());
        }
        for (Object option : chosen) {
            if (!(option instanceof String text) || !field.options().contains(text)) {
                return new FormProblem(field.key(), "form.error.only-of", field.options().toString());
            }
        }
        return null;
    }

    /**
     * A filepicker's value, once its files are documents of the round: a list of
     * {@code {documentId, fileName, sha256}} ({@link Attachments} makes it so); one only, unless it takes many.
     */
    private static FormProblem checkFiles(FormField field, Object value) {
        if (!(value instanceof List<?> files) || files.stream().anyMatch(f -> !(f instanceof Map<?, ?> file)
                || !(file.get(Attachments.DOCUMENT_ID) instanceof String))) {
            return new FormProblem(field.key(), "form.error.documents");
        }
        if (files.size() > 1 && !field.upload().multiple()) {
            return new FormProblem(field.key(), "form.error.one-file");
        }
        return null;
    }

    /** form-js submits a date as 2026-05-31, a time as 14:30 (with an offset if set), a datetime as both. */
    private static boolean isDateTime(String subtype, String text) {
        Function<String, Object> parser;
        if ("date".equals(subtype)) {
            parser = LocalDate::parse;
        } else if ("time".equals(subtype)) {
            parser = t -> parsesAny(t, LocalTime::parse, OffsetTime::parse);
        } else {
            parser = t -> parsesAny(t, LocalDateTime::parse, OffsetDateTime::parse);
        }
        try {
            return parser.apply(text) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Object parsesAny(String text, Function<String, Object> local, Function<String, Object> offset) {
        try {
            return local.apply(text);
        } catch (DateTimeParseException e) {
            return offset.apply(text);
        }
    }

    /** form-js: a required checkbox must be ticked, so false counts as no answer */
    private static boolean isUnticked(FormField field, Object value) {
        return field.type().equals("checkbox") && Boolean.FALSE.equals(value);
    }

    static boolean isEmpty(Object value) {
        return value == null || (value instanceof String text && text.isBlank())
                || (value instanceof Collection<?> collection && collection.isEmpty());
    }

    private static String format(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
