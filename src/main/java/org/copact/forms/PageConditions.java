package org.copact.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which inputs of a page their conditions hide under what the page holds now, decided with the same
 * FEEL engine as the page and the validator ({@link FormConditions}), so that the page's script never
 * has to evaluate FEEL itself. As in form-js, a value that a hidden input holds is not kept.
 */
public final class PageConditions {

    private PageConditions() {
    }

    /**
     * hidden and shown: the names, as the page posts them ({@code reason}, {@code contacts[2].email}),
     * of the inputs that have a condition, by whether it hides them now.
     */
    public record Decided(List<String> hidden, List<String> shown) {
    }

    /**
     * posted: the page's values as the browser sends them (what is disabled is not); a list's rows
     * are those posted, each under its own index, and an input in a row sees its row's values, as
     * when the page is shown.
     */
    public static Decided decide(FormDefinition definition, Map<String, String[]> posted) {
        Decided decided = new Decided(new ArrayList<>(), new ArrayList<>());
         decide(definition.fields(), posted, "", decided);
        return new Decided(List.copyOf(decided.hidden()), List.copyOf(decided.shown()));
    }

    private static void decide(List<FormField> fields, Map<String, String[]> posted, String names, Decided decided) {
        Map<String, Object> values = PostedForm.read(fields, posted, names);
        for (FormField field : fields) {
            String name = names + field.key();
            if (field.isList()) {
                for (int index : PostedForm.rowIndexes(posted, name)) {
                     decide(field.items(), posted, name + "[" + index + "].", decided);
                }
            } else if (field.hide() != null) {
                (FormConditions.hides(field, values) ? decided.hidden() : decided.shown()).add(name);
            }
        }
    }

    /** The values without those of the inputs their conditions hide, at any depth, as form-js submits them. */
    public static Map<String, Object> shownOnly(FormDefinition definition, Map<String, Object> values) {
        return shownOnly(definition.fields(), values);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> shownOnly(List<FormField> fields, Map<String, Object> values) {
        Map<String, Object> kept = FormValues.deepCopy(values);
        for (FormField field : fields) {
            Object value = FormValues.at(values, field.path());
            if (FormConditions.hides(field, values)) {
                FormValues.remove(kept, field.path());
            } else if (field.isList() && value instanceof List<?> items) {
                List<Object> rows = new ArrayList<>();
                for (Object item : items) {
                    rows.add(item instanceof Map<?, ?> row ? shownOnly(field.items(), (Map<String, Object>) row) : item);
                }
                FormValues.put(kept, field.path(), rows);
            }
        }
        return kept;
    }
}
