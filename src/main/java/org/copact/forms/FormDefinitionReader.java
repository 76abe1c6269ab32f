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
 * Reads a form-js definition. A component or property Copact does not support yet is refused with
 * the file, the component and the property named, never silently dropped: a form that lost a field
 * would collect less than its author asked for. Every problem of the file is named at once. A definition without an id (form-js's own examples have none) is
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

    /** The definition, or an InvalidFormDefinitionException naming every problem of the file. */
    FormDefinition read(String resource, JsonNode schema) {
        List<String> problems = new ArrayList<>();
        FormDefinition form = read(resource, schema, problems);
        InvalidFormDefinitionException.throwIfAny(problems);
        return form;
    }

    /** The definition as far as it can be read, with each of its problems added to problems. */
    FormDefinition read(String resource, JsonNode schema, List<String> problems) {
        if (schema == null || !schema.isObject() || !schema.path("components").isArray()) {
            problems.add(resource + ": not a form-js definition (no components)");
            return null;
        }
        String id = hasId(schema) ? schema.get("id").asText() : fileName(resource);
        List<FormField> fields = new ArrayList<>();
        readComponents(resource, schema.path("components"), "", fields, problems);
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

    private void readComponents(String resource, JsonNode components, String prefix, List<FormField> fields,
            List<String> problems) {
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            String name = component.hasNonNull("key") ? "'" + component.get("key").asText() + "'"
                    : component.path("id").asText("(no id)");
            FormEntries.checkTexts(resource, name, component, problems);
            if (type.equals("group")) {
                if (component.has("conditional")) {
                    // hiding a whole group would need every field inside to inherit the condition
                    problems.add(resource + ": group " + name
                            + " has a condition, which Copact's form generator does not evaluate on groups yet");
                }
                String path = component.path("path").asText("");
                readComponents(resource, component.path("components"),
                        path.isBlank() ? prefix : prefix + path + ".", fields, problems);
                continue;
            }
            if (type.equals("dynamiclist")) {
                FormField list = list(resource, component, name, prefix, problems);
                if (list != null) {
                    addEditable(fields, resource, component, list, problems);
                }
                continue;
            }
            if (DISPLAY.contains(type)) {
                try {
                    FieldEditing.checkDisplay(resource, component);
                } catch (InvalidFormDefinitionException e) {
                    problems.add(e.getMessage());
                }
                continue;
            }
            if (!INPUTS.contains(type)) {
                problems.add(resource + ": component " + name + " of type '" + type
                        + "' is not supported by Copact's form generator");
                continue;
            }
            FormField field = field(resource, component, type, prefix, problems);
            if (field != null) {
                addEditable(fields, resource, component, field, problems);
            }
        }
    }

    /** The field with its editing rules ({@link FieldEditing}), or its problem with them noted. */
    private static void addEditable(List<FormField> fields, String resource, JsonNode component, FormField field,
            List<String> problems) {
        try {
            fields.add(FieldEditing.read(resource, component, field));
        } catch (InvalidFormDefinitionException e) {
            problems.add(e.getMessage());
        }
    }

    /** a dynamiclist: a group repeated under its path, submitted as a list of objects */
    private FormField list(String resource, JsonNode component, String name, String prefix,
            List<String> problems) {
        if (component.has("conditional")) {
            problems.add(resource + ": dynamiclist " + name
                    + " has a condition, which Copact's form generator does not evaluate on lists yet");
        }
        String path = component.path("path").asText("");
        List<FormField> items = new ArrayList<>();
        readComponents(resource, component.path("components"), "", items, problems);
        if (path.isBlank() || path.contains(".")) {
            problems.add(resource + ": dynamiclist " + name + " has no simple path to submit its items under");
            return null;
        }
        if (items.stream().anyMatch(FormField::isFilePicker)) {
            problems.add(resource + ": dynamiclist " + name
                    + " repeats a filepicker, which Copact's form generator does not support in lists");
        }
        return new FormField(prefix + path, "dynamiclist", component.path("label").asText(path), false, null, null,
                null, null, null, List.of(), null, null, null, Map.of(), List.copyOf(items));
    }

    private static FormField field(String resource, JsonNode component, String type, String prefix,
            List<String> problems) {
        String key = component.path("key").asText(null);
        if (key == null || key.isBlank()) {
            problems.add(resource + ": a " + type + " has no key"
                    + (component.hasNonNull("id") ? " (component " + component.get("id").asText() + ")" : ""));
            return null;
        }
        JsonNode validate = component.path("validate");
        Map<String, String> limits = new LinkedHashMap<>();
        for (String rule : LIMITS) {
            if (validate.path(rule).isTextual()) {
                String expression = validate.get(rule).asText().strip();
                if (!expression.startsWith("=") || expression.length() < 2) {
                    problems.add(resource + ": component '" + key + "' sets " + rule
                            + " by text that is neither a number nor a FEEL expression (starting with '=')");
                } else if (FormConditions.parses(resource, key, rule, expression.substring(1), problems)) {
                    limits.put(rule, expression.substring(1));
                }
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
                problems.add(resource + ": component '" + key + "' has the datetime "
                        + "subtype '" + subtype + "', which Copact does not know");
            }
        }
        String validationType = validate.hasNonNull("validationType") ? validate.get("validationType").asText()
                : null;
        if (validationType != null && !validationType.isBlank() && !VALIDATION_TYPES.contains(validationType)) {
            problems.add(resource + ": component '" + key + "' asks for the validation "
                    + "type '" + validationType + "', which Copact does not check");
        }
        String label = component.path("label").asText(component.path("dateLabel").asText(key));
        FormField.Upload upload = type.equals(FormField.FILEPICKER) ? upload(resource, key, component, problems)
                : null;
        return new FormField(prefix + key, type, label,
                validate.path("required").asBoolean(false),
                number(validate, "min"), number(validate, "max"),
                integer(validate, "minLength"), integer(validate, "maxLength"),
                validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null,
                List.copyOf(options), subtype, validationType == null || validationType.isBlank() ? null
                        : validationType, hide(resource, key, component.path("conditional"), problems),
                Map.copyOf(limits), List.of(), upload, FormEntries.read(resource, key, type, component, problems),
                FormField.Editing.EDITABLE);
    }

    /**
     * A filepicker as form-js writes it: {@code accept} (a file input's accept list) and
     * {@code multiple} (true or false). Both may be expressions in form-js; Copact renders the page on
     * the server and does not evaluate them there, so it refuses them rather than guess.
     */
    private static FormField.Upload upload(String resource, String key, JsonNode component,
            List<String> problems) {
        JsonNode multiple = component.path("multiple");
        if (!multiple.isMissingNode() && !multiple.isNull() && !multiple.isBoolean()) {
            problems.add(resource + ": filepicker '" + key
                    + "' sets multiple by an expression, which Copact does not evaluate; use true or false");
        }
        String accept = component.path("accept").asText("").strip();
        if (accept.startsWith("=") || accept.contains("{{")) {
            problems.add(resource + ": filepicker '" + key
                    + "' sets accept by an expression, which Copact does not evaluate; list the types");
            accept = "";
        }
        return new FormField.Upload(accept.isEmpty() ? null : accept, multiple.asBoolean(false));
    }

    private static String hide(String resource, String key, JsonNode conditional, List<String> problems) {
        if (conditional.isMissingNode() || conditional.isNull()) {
            return null;
        }
        String hide = conditional.path("hide").asText("").strip();
        if (!hide.startsWith("=") || hide.length() < 2) {
            problems.add(resource + ": component '" + key
                    + "' has a condition that is not a FEEL expression (it must start with '=')");
            return null;
        }
        String expression = hide.substring(1);
        return FormConditions.parses(resource, key, "condition", expression, problems) ? expression : null;
    }

    private static Double number(JsonNode validate, String name) {
        return validate.path(name).isNumber() ? validate.get(name).asDouble() : null;
    }

    private static Integer integer(JsonNode validate, String name) {
        return validate.path(name).isNumber() ? validate.get(name).asInt() : null;
    }
}
