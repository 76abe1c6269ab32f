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
        Map<String, Object> seen = new HashMap<>(variables);
        seen.putAll(values);
        return new PageScope(seen, variables);
    }

    /** The scope of a list's row, with the row's values and the row the form had at that index. */
    @SuppressWarnings("unchecked")
    PageScope row(FormField list, int index, Map<String, Object> item) {
        Map<String, Object> seenInRow = new HashMap<>(seen);
        seenInRow.putAll(item);
        Object rows = FormValues.at(originals, list.path());
        Map<String, Object> original = rows instanceof List<?> given && index >= 0 && index < given.size()
                && given.get(index) instanceof Map<?, ?> row ? (Map<String, Object>) row : Map.of();
        return new PageScope(seenInRow, original);
    }
}
