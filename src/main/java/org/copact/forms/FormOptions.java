package org.copact.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;

/**
 * The options of a choice whose definition takes them at run time, as form-js takes them: from the
 * variable its {@code valuesKey} names, or from what its {@code valuesExpression} yields, against the
 * task's variables and the form's values. As form-js normalises them, an option is a
 * {@code {label, value}} object or a plain value (its own label); one without a value is left out.
 * Copact offers the options whose value is text, a number or true/false, by their text.
 */
final class FormOptions {

    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

    /** value: as the page posts it and the validator compares it */
    record Option(String value, String label) {
    }

    private FormOptions() {
    }

    /** The options of the field now; its static ones when its definition takes none at run time. */
    static List<Option> of(FormField field, Map<String, Object> scope) {
        FormField.Entry entry = field.entry();
        if (entry == null || !entry.hasDynamicOptions()) {
            return field.options().stream().map(v -> new Option(v, v)).toList();
        }
        Object data;
        if (entry.valuesExpression() != null) {
            EvaluationResult result = FEEL.evaluateExpression(entry.valuesExpression(), scope);
            data = result.isSuccess() ? result.result() : null;
        } else {
            data = scope.get(entry.valuesKey());
        }
        List<Option> options = new ArrayList<>();
        if (data instanceof Collection<?> items) {
            for (Object item : items) {
                Option option = option(item);
                if (option != null) {
                    options.add(option);
                }
            }
        }
        return options;
    }

    /** The field with the options it has now, for the validator to check a value against them. */
    static FormField resolved(FormField field, Map<String, Object> scope) {
        if (field.entry() == null || !field.entry().hasDynamicOptions()) {
            return field;
        }
        return new FormField(field.key(), field.type(), field.label(), field.required(), field.min(), field.max(),
                field.minLength(), field.maxLength(), field.pattern(),
                of(field, scope).stream().map(Option::value).toList(), field.subtype(), field.validationType(),
                field.hide(), field.limits(), field.items(), field.upload(), field.entry(), field.editing());
    }

    private static Option option(Object item) {
        if (item instanceof Map<?, ?> map) {
            String value = readable(map.get("value"));
            Object label = map.get("label");
            String shown = readable(label);
            return value == null ? null : new Option(value, shown == null || shown.isEmpty() ? value : shown);
        }
        String value = readable(item);
        return value == null ? null : new Option(value, value);
    }

    /** A text, number or true/false as text; anything else (nothing, a list, an object) is null. */
    private static String readable(Object value) {
        if (value instanceof String text) {
            return text.isEmpty() ? null : text;
        }
        if (value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Number number) {
            try {
                return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
