package org.copact.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The questions of a form and what people answered to them, keyed by each input's name (its path
 * in the values), for a view that sets many people's answers side by side: labels and options in the
 * language of the translated schema, as the form's page shows them.
 */
public final class FormAnswers {

    private FormAnswers() {
    }

    /** Every input of the form, by name, with its label, in the page's order. */
    public static Map<String, String> questions(FormDefinition definition, JsonNode translated) {
        Map<String, String> questions = new LinkedHashMap<>();
        collect(FormPages.fields(definition, translated, Map.of(), Map.of()), questions, false);
        return questions;
    }

    /** What was answered, by input name, as a reader sees it (an option by its label); blanks are left out. */
    public static Map<String, String> shown(FormDefinition definition, JsonNode translated, Map<String, Object> values) {
        Map<String, String> shown = new LinkedHashMap<>();
        if (values.isEmpty()) {
            return shown; // else the page's defaults for a fresh form would read as answers
        }
        collect(FormPages.fields(definition, translated, values, Map.of()), shown, true);
        return shown;
    }

    private static void collect(List<PageField> fields, Map<String, String> into, boolean answers) {
        for (PageField field : fields) {
            if (!field.children().isEmpty()) {
                collect(field.children(), into, answers);
            } else if (field.name() != null && !field.hidden()) {
                String text = answers ? FormPages.shown(field) : field.label();
                if (!answers || (text != null && !text.isBlank())) {
                    into.put(field.name(), text);
                }
            }
        }
    }
}
