package org.copact.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a form-js definition. A component Copact does not support yet is refused with the file
 * and the component named, never silently dropped: a form that lost a field would collect less
 * than its author asked for.
 */
final class FormDefinitionReader {

    /** inputs whose values are submitted */
    static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "checkbox", "checklist", "radio",
            "select", "taglist", "datetime");
    /** components that only show something */
    static final Set<String> DISPLAY = Set.of("text", "button", "separator", "spacer");
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
        String id = schema.path("id").asText(null);
        if (id == null || id.isBlank()) {
            throw new InvalidFormDefinitionException(resource + ": the form has no id, so no task can refer to it");
        }
        List<FormField> fields = new ArrayList<>();
        readComponents(resource, schema.path("components"), "", fields);
        return new FormDefinition(id, resource, List.copyOf(fields), schema);
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
            if (DISPLAY.contains(type)) {
                continue;
            }
            if (!INPUTS.contains(type)) {
                throw new InvalidFormDefinitionException(resource + ": component " + name + " of type '" + type
                        + "' is not supported by Copact's form generator");
            }
            fields.add(field(resource, component, type, prefix));
        }
    }

    private static FormField field(String resource, JsonNode component, String type, String prefix) {
        String key = component.path("key").asText(null);
        if (key == null || key.isBlank()) {
            throw new InvalidFormDefinitionException(resource + ": a " + type + " has no key");
        }
        JsonNode validate = component.path("validate");
        for (String rule : List.of("min", "max", "minLength", "maxLength")) {
            if (validate.path(rule).isTextual()) {
                throw new InvalidFormDefinitionException(resource + ": component '" + key + "' sets " + rule
                        + " by an expression, which Copact does not evaluate yet");
            }
        }
        List<String> options = new ArrayList<>();
        component.path("values").forEach(v -> options.add(v.path("value").asText()));
        if ((type.equals("radio") || type.equals("select") || type.equals("checklist") || type.equals("taglist"))
                && options.isEmpty()) {
            throw new InvalidFormDefinitionException(resource + ": component '" + key
                    + "' offers no static values; values from a variable are not supported yet");
        }
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
        return new FormField(prefix + key, type, component.path("label").asText(key),
                validate.path("required").asBoolean(false),
                number(validate, "min"), number(validate, "max"),
                integer(validate, "minLength"), integer(validate, "maxLength"),
                validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null,
                List.copyOf(options), subtype, validationType == null || validationType.isBlank() ? null
                        : validationType, hide(resource, key, component.path("conditional")));
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
        FormConditions.checkParses(resource, key, expression);
        return expression;
    }

    private static Double number(JsonNode validate, String name) {
        return validate.path(name).isNumber() ? validate.get(name).asDouble() : null;
    }

    private static Integer integer(JsonNode validate, String name) {
        return validate.path(name).isNumber() ? validate.get(name).asInt() : null;
    }
}
