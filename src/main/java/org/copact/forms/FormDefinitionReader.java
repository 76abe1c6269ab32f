package org.copact.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a form-js definition. A component Copact does not support yet is refused with the file
 * and the component named, never silently dropped: a form that lost a field would collect less
 * than its author asked for. A definition without an id (form-js's own examples have none) is
 * known by its file name; {@link FormDefinitions} still requires an id of the forms a task refers to.
 */
final class FormDefinitionReader {

    /** inputs whose values are submitted */
    static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "checkbox", "checklist", "radio",
            "select", "taglist", "datetime", FormField.FILEPICKER);
    /** components that only show something */
    static final Set<String> DISPLAY = Set.of("text", "html", "image", "button", "separator", "spacer");
    /** what form-js's validate may give as a FEEL expression ("=min") instead of a number */
    static final List<String> LIMITS = List.of("min", "max", "minLength", "maxLength");
    static final Set<String> DATETIME_SUBTYPES = Set.of("date", "time", "datetime");
    static final Set<String> VALIDATION_TYPES = Set.of("email", "phone");

    private final ObjectMapper json;

    FormDefinitionReader(ObjectMapper json) {
        this.json = json;
    }

    FormDefinition read(String resource, InputStream content) throws IOException {
        return read(resource, json.readTree(content));
    }

    FormDefinition read(String resource, JsonNode schema) {
        if (schema == null || !schema.isObject() || !schema.path("components").isArray()) {
            throw new InvalidFormDefinitionException(resource + ": not a form-js definition (no components)");
        }
        String id = hasId(schema) ? schema.get("id").asText() : fileName(resource);
        List<FormField> fields = new ArrayList<>();
        readComponents(resource, schema.path("components"), "", fields);
        return new FormDefinition(id, resource, List.copyOf(fields), schema);
    }

    static boolean hasId(JsonNode schema) {
        return schema.hasNonNull("id") && !schema.get("id").asText().isBlank();
    }

    /** "forms/consultation-answer.form" is known as "consultation-answer" */
    private static String fileName(String resource) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private void readComponents(String resource, JsonNode components, String prefix, List<FormField> fields) {
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            String name = component.hasNonNull("key") ? "'" + component.get("key").asText() + "'"
                    : component.path("id").asText("(no id)");
            if (type.equals("group")) {
                if (component.has("conditional")) {
                    // hiding a whole group would need every field inside to inherit the condition
                    throw new InvalidFormDefinitionException(resource + ": group " + name
                            + " has a condition, which Copact's form generator does not evaluate on groups yet");
                }
                String path = component.path("path").asText("");
                readComponents(resource, component.path("components"),
                        path.isBlank() ? prefix : prefix + path + ".", fields);
                continue;
            }
            if (type.equals("dynamiclist")) {
                fields.add(FieldEditing.read(resource, component, list(resource, component, name, prefix)));
                continue;
            }
            if (DISPLAY.contains(type)) {
                FieldEditing.checkDisplay(resource, component);
                continue;
            }
            if (!INPUTS.contains(type)) {
                throw new InvalidFormDefinitionException(resource + ": component " + name + " of type '" + type
                        + "' is not supported by Copact's form generator");
            }
            fields.add(FieldEditing.read(resource, component, field(resource, component, type, prefix)));
        }
    }

    /** a dynamiclist: a group repeated under its path, submitted as a list of objects */
    private FormField list(String resource, JsonNode component, String name, String prefix) {
        if (component.has("conditional")) {
            throw new InvalidFormDefinitionException(resource + ": dynamiclist " + name
                    + " has a condition, which Copact's form generator does not evaluate on lists yet");
        }
        String path = component.path("path").asText("");
        if (path.isBlank() || path.contains(".")) {
            throw new InvalidFormDefinitionException(resource + ": dynamiclist " + name
                    + " has no simple path to submit its items under");
        }
        List<FormField> items = new ArrayList<>();
        readComponents(resource, component.path("components"), "", items);
        if (items.stream().anyMatch(FormField::isFilePicker)) {
            throw new InvalidFormDefinitionException(resource + ": dynamiclist " + name
                    + " repeats a filepicker, which Copact's form generator does not support in lists");
        }
        return new FormField(prefix + path, "dynamiclist", component.path("label").asText(path), false, null, null,
                null, null, null, List.of(), null, null, null, Map.of(), List.copyOf(items));
    }

    private static FormField field(String resource, JsonNode component, String type, String prefix) {
        String key = component.path("key").asText(null);
        if (key == null || key.isBlank()) {
            throw new InvalidFormDefinitionException(resource + ": a " + type + " has no key");
        }
        JsonNode validate = component.path("validate");
        Map<String, String> limits = new LinkedHashMap<>();
        for (String rule : LIMITS) {
            if (validate.path(rule).isTextual()) {
                String expression = validate.get(rule).asText().strip();
                if (!expression.startsWith("=") || expression.length() < 2) {
                    throw new InvalidFormDefinitionException(resource + ": component '" + key + "' sets " + rule
                            + " by text that is neither a number nor a FEEL expression (starting with '=')");
                }
                FormConditions.checkParses(resource, key, rule, expression.substring(1));
                limits.put(rule, expression.substring(1));
            }
        }
        // form-js allows options that come from a variable (valuesKey) instead of static values:
        // without them there is nothing to choose, and nothing but an empty answer is valid
        List<String> options = new ArrayList<>();
        component.path("values").forEach(v -> options.add(v.path("value").asText()));
        String subtype = null;
        if (type.equals("datetime")) {
            subtype = component.path("subtype").asText("date");
            if (!DATETIME_SUBTYPES.contains(subtype)) {
                throw new InvalidFormDefinitionException(resource + ": component '" + key + "' has the datetime "
                        + "subtype '" + subtype + "', which Copact does not know");
            }
        }
        String validationType = validate.hasNonNull("validationType") ? validate.get("validationType").asText()
                : null;
        if (validationType != null && !validationType.isBlank() && !VALIDATION_TYPES.contains(validationType)) {
            throw new InvalidFormDefinitionException(resource + ": component '" + key + "' asks for the validation "
                    + "type '" + validationType + "', which Copact does not check");
        }
        String label = component.path("label").asText(component.path("dateLabel").asText(key));
        FormField.Upload upload = type.equals(FormField.FILEPICKER) ? upload(resource, key, component) : null;
        return new FormField(prefix + key, type, label,
                validate.path("required").asBoolean(false),
                number(validate, "min"), number(validate, "max"),
                integer(validate, "minLength"), integer(validate, "maxLength"),
                validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null,
                List.copyOf(options), subtype, validationType == null || validationType.isBlank() ? null
                        : validationType, hide(resource, key, component.path("conditional")), Map.copyOf(limits),
                List.of(), upload);
    }

    /**
     * A filepicker as form-js writes it: {@code accept} (a file input's accept list) and
     * {@code multiple} (true or false). Both may be expressions in form-js; Copact renders the page on
     * the server and does not evaluate them there, so it refuses them rather than guess.
     */
    private static FormField.Upload upload(String resource, String key, JsonNode component) {
        JsonNode multiple = component.path("multiple");
        if (!multiple.isMissingNode() && !multiple.isNull() && !multiple.isBoolean()) {
            throw new InvalidFormDefinitionException(resource + ": filepicker '" + key
                    + "' sets multiple by an expression, which Copact does not evaluate; use true or false");
        }
        String accept = component.path("accept").asText("").strip();
        if (accept.startsWith("=") || accept.contains("{{")) {
            throw new InvalidFormDefinitionException(resource + ": filepicker '" + key
                    + "' sets accept by an expression, which Copact does not evaluate; list the types");
        }
        return new FormField.Upload(accept.isEmpty() ? null : accept, multiple.asBoolean(false));
    }

    private static String hide(String resource, String key, JsonNode conditional) {
        if (conditional.isMissingNode() || conditional.isNull()) {
            return null;
        }
        String hide = conditional.path("hide").asText("").strip();
        if (!hide.startsWith("=") || hide.length() < 2) {
            throw new InvalidFormDefinitionException(resource + ": component '" + key
                    + "' has a condition that is not a FEEL expression (it must start with '=')");
        }
        String expression = hide.substring(1);
        FormConditions.checkParses(resource, key, "condition", expression);
        return expression;
    }

    private static Double number(JsonNode validate, String name) {
        return validate.path(name).isNumber() ? validate.get(name).asDouble() : null;
    }

    private static Integer integer(JsonNode validate, String name) {
        return validate.path(name).isNumber() ? validate.get(name).asInt() : null;
    }
}
