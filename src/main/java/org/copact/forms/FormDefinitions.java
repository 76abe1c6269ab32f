package org.copact.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Every form of {@code forms/}, read once at start; a definition Copact cannot serve stops the start. */
@Component
public class FormDefinitions {

    static final String LOCATION = "classpath*:forms/*.form";

    private final Map<String, FormDefinition> byId = new LinkedHashMap<>();

    FormDefinitions(ObjectMapper json) throws IOException {
        FormDefinitionReader reader = new FormDefinitionReader(json);
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
            try (InputStream in = resource.getInputStream()) {
                FormDefinition form = deployable(reader, "forms/" + resource.getFilename(), json.readTree(in));
                FormDefinition previous = byId.putIfAbsent(form.id(), form);
                if (previous != null) {
                    throw new InvalidFormDefinitionException(form.resource() + ": the form id '" + form.id()
                            + "' is already used by " + previous.resource());
                }
            }
        }
    }

    /**
     * A form a task can refer to: it must have an id, and every choice must offer something to choose.
     */
    static FormDefinition deployable(FormDefinitionReader reader, String resource, JsonNode schema) {
        if (schema != null && schema.isObject() && !FormDefinitionReader.hasId(schema)) {
            throw new InvalidFormDefinitionException(resource + ": the form has no id, so no task can refer to it");
        }
        FormDefinition form = reader.read(resource, schema);
        refuseChoicesWithoutValues(form.resource(), form.fields());
        return form;
    }

    /**
     * form-js takes the options of a choice without static values from a variable (valuesKey);
     * Copact gives its forms no such variables, so such a choice could never be answered.
     */
    private static void refuseChoicesWithoutValues(String resource, List<FormField> fields) {
        for (FormField field : fields) {
            if ((field.takesOneOption() || field.takesManyOptions()) && field.options().isEmpty()) {
                throw new InvalidFormDefinitionException(resource + ": component '" + field.key() + "' of type '"
                        + field.type() + "' offers no static values; Copact gives its forms no variable to take "
                        + "them from");
            }
            refuseChoicesWithoutValues(resource, field.items());
        }
    }

    public Optional<FormDefinition> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Map<String, FormDefinition> all() {
        return Map.copyOf(byId);
    }
}
