package org.copact.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What form-js lets a definition say about whether a person may change a field: {@code disabled}
 * (true or false), {@code readonly} (true, false or a FEEL expression), the {@code defaultValue} a
 * read-only field keeps, and a dynamiclist's {@code defaultRepetitions}; and the conditions of the
 * components that only show something. What Copact could not apply is refused at deployment,
 * naming the file, the component and the property.
 */
final class FieldEditing {

    private FieldEditing() {
    }

    /** The field with the editing rules its component gives. */
    static FormField read(String resource, JsonNode component, FormField field) {
        String name = "component '" + field.key() + "'";
        JsonNode disabled = component.path("disabled");
        if (present(disabled) && !disabled.isBoolean()) {
            throw new InvalidFormDefinitionException(resource + ": " + name
                    + " sets disabled by something other than true or false, which form-js does not know");
        }
        String readonly = readonly(resource, field.key(), component.path("readonly"));
        if (field.isList()) {
            if (disabled.asBoolean(false) || readonly != null) {
                throw new InvalidFormDefinitionException(resource + ": dynamiclist '" + field.key()
                        + "' is disabled or read-only, which Copact applies to inputs only; set it on its inputs");
            }
            JsonNode repetitions = component.path("defaultRepetitions");
            if (present(repetitions) && (!repetitions.isIntegralNumber() || repetitions.asInt() < 0
                    || repetitions.asInt() > ListRows.MAX)) {
                throw new InvalidFormDefinitionException(resource + ": dynamiclist '" + field.key()
                        + "' sets defaultRepetitions to something other than a whole number from 0 to " + ListRows.MAX);
            }
            return field.with(new FormField.Editing(false, null, null, repetitions.asInt(1)));
        }
        if (readonly != null && !readonly.equals(FormField.Editing.ALWAYS) && field.isFilePicker()) {
            throw new InvalidFormDefinitionException(resource + ": filepicker '" + field.key()
                    + "' sets readonly by an expression, which Copact does not evaluate before it keeps the files; "
                    + "use true or false");
        }
        JsonNode defaultValue = component.path("defaultValue");
        Object plainDefault = present(defaultValue) && !field.isFilePicker() ? FormPages.plainValue(defaultValue) : null;
        if (!disabled.asBoolean(false) && readonly == null && plainDefault == null) {
            return field;
        }
        return field.with(new FormField.Editing(disabled.asBoolean(false), readonly, plainDefault, 1));
    }

    /** "true", a FEEL expression without its '=', or null when the field is editable */
    private static String readonly(String resource, String key, JsonNode readonly) {
        if (!present(readonly) || (readonly.isBoolean() && !readonly.asBoolean())) {
            return null;
        }
        if (readonly.isBoolean()) {
            return FormField.Editing.ALWAYS;
        }
        String expression = readonly.isTextual() ? readonly.asText().strip() : "";
        if (!expression.startsWith("=") || expression.length() < 2) {
            throw new InvalidFormDefinitionException(resource + ": component '" + key + "' sets readonly by something that "
                    + "is neither true, false nor a FEEL expression (starting with '=')");
        }
        mustParse(resource, key, "readonly", expression.substring(1));
        return expression.substring(1);
    }

    /** A display component's {@code conditional.hide} must be a FEEL expression, as an input's. */
    static void checkDisplay(String resource, JsonNode component) {
        hideOf(resource, component);
    }

    /** The FEEL expression of a display component's {@code conditional.hide}, without its '=', or null. */
    static String hideOf(String resource, JsonNode component) {
        JsonNode conditional = component.path("conditional");
        if (!present(conditional)) {
            return null;
        }
        String hide = conditional.path("hide").asText("").strip();
        String id = component.path("id").asText(component.path("type").asText());
        if (!hide.startsWith("=") || hide.length() < 2) {
            throw new InvalidFormDefinitionException(resource + ": component " + id
                    + " has a condition that is not a FEEL expression (it must start with '=')");
        }
        mustParse(resource, id, "condition", hide.substring(1));
        return hide.substring(1);
    }

    /**
     * The value a read-only field keeps: the one the form had (the task's variable of its key, else its
     * {@code defaultValue}), whatever was posted for it.
     */
    static Object original(FormField field, Map<String, Object> originals) {
        Object value = FormValues.at(originals, field.path());
        return value != null ? value : field.editing().defaultValue();
    }

    private static boolean present(JsonNode node) {
        return !node.isMissingNode() && !node.isNull();
    }

    private static void mustParse(String resource, String key, String what, String expression) {
        List<String> problems = new ArrayList<>();
        if (!FormConditions.parses(resource, key, what, expression, problems)) {
            throw new InvalidFormDefinitionException(String.join("\n", problems));
        }
    }
}
