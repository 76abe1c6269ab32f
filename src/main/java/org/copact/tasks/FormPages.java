package org.copact.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a (translated) form-js schema into the fields of a page, and what a page posted back into
 * the values form-js would have submitted. A field whose condition hides it is left off the page.
 */
final class FormPages {

    private FormPages() {
    }

    static List<PageField> fields(FormDefinition definition, JsonNode translated, Map<String, Object> values,
            Map<String, String> errors) {
        return fields(definition, translated.path("components"), "", values, errors);
    }

    private static List<PageField> fields(FormDefinition definition, JsonNode components, String prefix,
            Map<String, Object> values, Map<String, String> errors) {
        List<PageField> fields = new ArrayList<>();
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            String label = component.path("label").asText("");
            if (type.equals("text")) {
                fields.add(new PageField(type, null, null, null, null,
                        SafeMarkdown.toHtml(component.path("text").asText("")), false, null, List.of(), null, null,
                        null, null, List.of()));
            } else if (type.equals("group")) {
                String path = component.path("path").asText("");
                fields.add(new PageField(type, null, null, label, null, null, false, null, List.of(), null, null,
                        null, null, fields(definition, component.path("components"),
                                path.isBlank() ? prefix : prefix + path + ".", values, errors)));
            } else if (FormDefinitionReader.INPUTS.contains(type)) {
                FormField field = definition.field(prefix + component.path("key").asText()).orElseThrow();
                if (!FormConditions.hides(field, values)) {
                    fields.add(input(field, component, label, FormValidator.valueAt(values, field.path()),
                            errors.get(field.key())));
                }
            }
        }
        return fields;
    }

    private static PageField input(FormField field, JsonNode component, String label, Object value, String error) {
        List<PageField.Option> options = new ArrayList<>();
        for (JsonNode option : component.path("values")) {
            String optionValue = option.path("value").asText();
            boolean chosen = value instanceof Collection<?> many ? many.contains(optionValue)
                    : optionValue.equals(value);
            options.add(new PageField.Option(optionValue, option.path("label").asText(optionValue), chosen));
        }
        String text = value == null || value instanceof Collection<?> ? "" : plain(value);
        return new PageField(field.type(), field.key(), "field-" + field.key().replace('.', '-'),
                label.isBlank() ? field.key() : label, component.path("description").asText(null), null,
                field.required(), text, options, inputType(field), field.minLength(), field.maxLength(), error,
                List.of());
    }

    private static String inputType(FormField field) {
        if ("email".equals(field.validationType())) {
            return "email";
        }
        if ("phone".equals(field.validationType())) {
            return "tel";
        }
        if ("datetime".equals(field.type())) {
            return "datetime".equals(field.subtype()) ? "datetime-local" : field.subtype();
        }
        return "text";
    }

    private static String plain(Object value) {
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    /** The values of a posted page, typed as form-js types them; what was left blank is absent. */
    static Map<String, Object> read(FormDefinition definition, Map<String, String[]> posted) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : definition.fields()) {
            String[] given = posted.get(field.key());
            Object value = value(field, given);
            if (value != null) {
                put(values, field.path(), value);
            }
        }
        return values;
    }

    private static Object value(FormField field, String[] given) {
        if (field.type().equals("checkbox")) {
            return given != null && List.of(given).contains("true");
        }
        if (given == null || given.length == 0) {
            return null;
        }
        if (field.takesManyOptions()) {
            return List.of(given);
        }
        String text = given[0];
        if (text.isBlank()) {
            return null;
        }
        if (field.type().equals("number")) {
            try {
                BigDecimal number = new BigDecimal(text.strip().replace(',', '.'));
                return number.scale() <= 0 ? (Object) number.longValueExact() : (Object) number.doubleValue();
            } catch (NumberFormatException | ArithmeticException e) {
                return text;
            }
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> values, List<String> path, Object value) {
        Map<String, Object> target = values;
        for (String segment : path.subList(0, path.size() - 1)) {
            target = (Map<String, Object>) target.computeIfAbsent(segment, s -> new LinkedHashMap<>());
        }
        target.put(path.get(path.size() - 1), value);
    }
}
