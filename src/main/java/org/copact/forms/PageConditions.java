package org.copact.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which inputs of a page their conditions hide under what the page holds now, decided with the same
 * FEEL engine as the page and the validator ({@link FormConditions}), so that the page's script never
 * has to evaluate FEEL itself. As in form-js, a condition sees the task's variables with the form's
 * values over them, and a value that a hidden input holds is not kept.
 */
public final class PageConditions {

    /** how the page names a display component with a condition: {@code #} and its id, after its row's names */
    static final String DISPLAY = "#";

    private PageConditions() {
    }

    /**
     * hidden and shown: the names, as the page posts them ({@code reason}, {@code contacts[2].email}),
     * of the inputs that have a condition, by whether it hides them now; a display component with a
     * condition and an id is named {@code #} and its id ({@code #Text_Intro}, {@code contacts[0].#Text_Hint}).
     */
    public record Decided(List<String> hidden, List<String> shown) {
    }

    public static Decided decide(FormDefinition definition, Map<String, String[]> posted) {
        return decide(definition, posted, Map.of());
    }

    /**
     * posted: the page's values as the browser sends them (what is disabled is not); a list's rows
     * are those posted, each under its own index, and an input in a row sees its row's values over the
     * form's, as when the page is shown. variables: the task's.
     */
    public static Decided decide(FormDefinition definition, Map<String, String[]> posted,
            Map<String, Object> variables) {
        Decided decided = new Decided(new ArrayList<>(), new ArrayList<>());
        decide(definition.fields(), definition.schema().path("components"), "", posted, "", variables, decided);
        return new Decided(List.copyOf(decided.hidden()), List.copyOf(decided.shown()));
    }

    private static void decide(List<FormField> fields, JsonNode components, String prefix,
            Map<String, String[]> posted, String names, Map<String, Object> outer, Decided decided) {
        Map<String, Object> values = PostedForm.read(fields, posted, names);
        Map<String, Object> scope;
        if (names.isEmpty()) {
            scope = new HashMap<>(outer);
            scope.putAll(values);
        } else {
            // a row sees what the page's row sees: its values over the form's, this and parent
            scope = PageTexts.row(outer, values);
        }
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if (type.equals("group")) {
                String path = component.path("path").asText("");
                decide(fields, component.path("components"), path.isBlank() ? prefix : prefix + path + ".", posted,
                        names, outer, decided);
            } else if (type.equals("dynamiclist")) {
                FormField list = field(fields, prefix + component.path("path").asText());
                String name = names + list.key();
                for (int index : PostedForm.rowIndexes(posted, name)) {
                    decide(list.items(), component.path("components"), "", posted, name + "[" + index + "].", scope,
                            decided);
                }
            } else if (FormDefinitionReader.DISPLAY.contains(type)) {
                String hide = FieldEditing.hideOf("", component);
                if (hide != null && component.hasNonNull("id")) {
                    (FormConditions.yieldsTrue(hide, scope) ? decided.hidden() : decided.shown())
                            .add(names + DISPLAY + component.get("id").asText());
                }
            } else if (FormDefinitionReader.INPUTS.contains(type)) {
                FormField field = field(fields, prefix + component.path("key").asText());
                if (field.hide() != null) {
                    (FormConditions.hides(field, scope) ? decided.hidden() : decided.shown()).add(names + field.key());
                }
            }
        }
    }

    private static FormField field(List<FormField> fields, String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    /** The values without those of the inputs their conditions hide, at any depth, as form-js submits them. */
    public static Map<String, Object> shownOnly(FormDefinition definition, Map<String, Object> values) {
        return shownOnly(definition, values, Map.of());
    }

    /** As {@link #shownOnly(FormDefinition, Map)}, the conditions seeing the task's variables under the values. */
    public static Map<String, Object> shownOnly(FormDefinition definition, Map<String, Object> values,
            Map<String, Object> variables) {
        return shownOnly(definition.fields(), values, variables);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> shownOnly(List<FormField> fields, Map<String, Object> values,
            Map<String, Object> outer) {
        Map<String, Object> scope = new HashMap<>(outer);
        scope.putAll(values);
        Map<String, Object> kept = FormValues.deepCopy(values);
        for (FormField field : fields) {
            Object value = FormValues.at(values, field.path());
            if (FormConditions.hides(field, scope)) {
                FormValues.remove(kept, field.path());
            } else if (field.isList() && value instanceof List<?> items) {
                List<Object> rows = new ArrayList<>();
                for (Object item : items) {
                    rows.add(item instanceof Map<?, ?> row ? shownOnly(field.items(), (Map<String, Object>) row,
                            PageTexts.row(scope, (Map<String, Object>) row)) : item);
                }
                FormValues.put(kept, field.path(), rows);
            }
        }
        return kept;
    }
}
