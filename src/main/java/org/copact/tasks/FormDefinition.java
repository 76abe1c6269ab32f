package org.copact.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** A Camunda Forms (form-js) definition: its id, its inputs, and the JSON as the modeller wrote it. */
record FormDefinition(String id, String resource, List<FormField> fields, JsonNode schema) {

    Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
