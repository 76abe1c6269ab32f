package org.copact.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every form of {@code forms/}, read once at start; a definition Copact cannot serve stops the start,
 * with every problem of every file named.
 */
@Component
public class FormDefinitions {

    static final String LOCATION = "classpath*:forms/*.form";

    private final Map<String, FormDefinition> byId = new LinkedHashMap<>();

    FormDefinitions(ObjectMapper json) throws IOException {
        FormDefinitionReader reader = new FormDefinitionReader(json);
        List<String> problems = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
            try (InputStream in = resource.getInputStream()) {
                FormDefinition form = deployable(reader, "forms/" + resource.getFilename(), json.readTree(in),
                        problems);
                FormDefinition previous = form == null ? null : byId.putIfAbsent(form.id(), form);
                if (previous != null) {
                    problems.add(form.resource() + ": the form id '" + form.id() + "' is already used by "
                            + previous.resource());
                }
            }
        }
        InvalidFormDefinitionException.throwIfAny(problems);
    }

    /**
     * A form a task can refer to: it must have an id, and every choice must offer something to choose;
     * an InvalidFormDefinitionException names every problem of the file.
     */
    static FormDefinition deployable(FormDefinitionReader reader, String resource, JsonNode schema) {
        List<String> problems = new ArrayList<>();
        FormDefinition form = deployable(reader, resource, schema, problems);
        InvalidFormDefinitionException.throwIfAny(problems);
        return form;
    }

    private static FormDefinition deployable(FormDefinitionReader reader, String resource, JsonNode schema,
            List<String> problems) {
        if (schema != null && schema.isObject() && !FormDefinitionReader.hasId(schema)) {
            problems.add(resource + ": the form has no id, so no task can refer to it");
        }
        FormDefinition form = reader.read(resource, schema, problems);
        if (form != null) {
            refuseChoicesWithoutValues(form.resource(), form.fields(), problems);
        }
        return form;
    }

    /**
     * A choice takes its options from its static values, or at run time from a variable (valuesKey) or
     * an expression (valuesExpression) over the task's variables; one with none could never be answered.
     */
    private static void refuseChoicesWithoutValues(String resource, List<FormField> fields, List<String> problems) {
        for (FormField field : fields) {
            if ((field.takesOneOption() || field.takesManyOptions()) && field.options().isEmpty()
                    && !field.entry().hasDynamicOptions()) {
                problems.add(resource + ": component '" + field.key() + "' of type '" + field.type()
                        + "' offers no values: it has neither values nor a valuesKey or valuesExpression");
            }
            refuseChoicesWithoutValues(resource, field.items(), problems);
        }
    }

    public Optional<FormDefinition> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Map<String, FormDefinition> all() {
        return Map.copyOf(byId);
    }
}
