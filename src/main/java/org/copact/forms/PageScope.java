package org.copact.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the components of a page see where they are: {@code seen}, the task's variables with the
 * form's values over them (a row's values over the form's), for conditions and read-only
 * expressions, as form-js evaluates them; {@code originals}, the values the form had there before
 * the person changed anything (the task's variables), which a disabled or read-only input shows.
 */
record PageScope(Map<String, Object> seen, Map<String, Object> originals) {

    static PageScope of(Map<String, Object> variables, Map<String, Object> values) {
        Map<String, Object> given = variables == null ? Map.of() : variables;
        Map<String, Object> seen = new HashMap<>(given);
        seen.putAll(values);
        return new PageScope(seen, given);
    }

    /** The scope of a list's row: the row's values (and this and parent, as form-js), and the row the form had at that index. */
    @SuppressWarnings("unchecked")
    PageScope row(FormField list, int index, Map<String, Object> item) {
        Map<String, Object> seenInRow = PageTexts.row(seen, item);
        Object rows = FormValues.at(originals, list.path());
        Map<String, Object> original = rows instanceof List<?> given && index >= 0 && index < given.size()
                && given.get(index) instanceof Map<?, ?> row ? (Map<String, Object>) row : Map.of();
        return new PageScope(seenInRow, original);
    }
}
