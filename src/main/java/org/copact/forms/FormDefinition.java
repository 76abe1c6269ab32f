package org.copact.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** A Camunda Forms (form-js) definition: its id, its inputs, and the JSON as the modeller wrote it. */
public record FormDefinition(String id, String resource, List<FormField> fields, JsonNode schema) {

    Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Whether a limit is given by a FEEL expression ("min": "=min"), in the form or in a list's items. */
    public boolean hasLimitExpressions() {
        return hasLimitExpressions(fields);
    }

    /**
     * Whether the form needs the task's variables: for a limit, a choice's options (valuesKey,
     * valuesExpression) or a template or expression in a text it shows.
     */
    public boolean usesVariables() {
        return hasLimitExpressions() || hasDynamicOptions(fields) || hasTemplates(schema.path("components"));
    }

    private static boolean hasDynamicOptions(List<FormField> fields) {
        return fields.stream().anyMatch(f -> f.entry().hasDynamicOptions() || hasDynamicOptions(f.items()));
    }

    private static boolean hasTemplates(JsonNode components) {
        for (JsonNode component : components) {
            if (FormEntries.TEMPLATED.stream().anyMatch(p -> FormTemplates.isTemplate(FormEntries.text(component, p)))
                    || hasTemplates(component.path("components"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLimitExpressions(List<FormField> fields) {
        return fields.stream().anyMatch(f -> !f.limits().isEmpty() || hasLimitExpressions(f.items()));
    }
}
