package org.copact.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Every form of {@code forms/}, read once at start; a definition Copact cannot serve stops the start. */
@Component
class FormDefinitions {

    static final String LOCATION = "classpath*:forms/*.form";

    private final Map<String, FormDefinition> byId = new LinkedHashMap<>();

    FormDefinitions(ObjectMapper json) throws IOException {
        FormDefinitionReader reader = new FormDefinitionReader(json);
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
            try (InputStream in = resource.getInputStream()) {
                FormDefinition form = reader.read("forms/" + resource.getFilename(), in);
                FormDefinition previous = byId.putIfAbsent(form.id(), form);
                if (previous != null) {
                    throw new InvalidFormDefinitionException(form.resource() + ": the form id '" + form.id()
                            + "' is already used by " + previous.resource());
                }
            }
        }
    }

    Optional<FormDefinition> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Map<String, FormDefinition> all() {
        return Map.copyOf(byId);
    }
}
