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

    private static boolean hasLimitExpressions(List<FormField> fields) {
        return fields.stream().anyMatch(f -> !f.limits().isEmpty() || hasLimitExpressions(f.items()));
    }
}
