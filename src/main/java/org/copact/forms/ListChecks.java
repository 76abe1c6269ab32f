package org.copact.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The rows of a dynamiclist, checked by {@link FormValidator} as form-js checks them. */
final class ListChecks {

    private ListChecks() {
    }

    /**
     * A dynamiclist: a list of objects, each checked against the list's own fields, as form-js does.
     * As form-js fills a list without data with its {@code defaultRepetitions} empty rows, a list not
     * submitted at all is checked as that many blank rows (so that what they require is asked for); an
     * empty list is a list without rows, as when the person removed them all. A blank row that passes
     * holds nothing and is not kept.
     */
    @SuppressWarnings("unchecked")
    static List<Object> check(FormField list, Object value, Map<String, Object> scope, Object originals,
            String key, List<FormProblem> problems) {
        if (value == null) {
            value = Collections.nCopies(list.editing().repetitions(), Map.of());
        }
        if (value instanceof Collection<?> empty && empty.isEmpty()) {
            return null;
        }
        String itemKeys = list.items().stream().map(FormField::key).toList().toString();
        if (!(value instanceof List<?> given)) {
            problems.add(new FormProblem(key, "form.error.list-of", itemKeys));
            return null;
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String itemKey = key + "[" + i + "]";
            if (!(given.get(i) instanceof Map<?, ?> item) || item.keySet().stream().anyMatch(k -> !(k instanceof String))) {
                problems.add(new FormProblem(itemKey, "form.error.list-of", itemKeys));
                continue;
            }
            Map<String, Object> itemInput = (Map<String, Object>) item;
            FormValidator.unknownKeys(list.items(), itemInput, itemKey + ".", problems);
            Map<String, Object> itemScope = PageTexts.row(scope, itemInput);
            Map<String, Object> itemOriginals = originals instanceof List<?> rows && i < rows.size()
                    && rows.get(i) instanceof Map<?, ?> row ? (Map<String, Object>) row : Map.of();
            Map<String, Object> checked = FormValidator.check(list.items(), itemInput, itemScope, itemOriginals, itemKey + ".",
                    problems);
            if (!isBlankRow(checked)) {
                items.add(checked);
            }
        }
        return items.isEmpty() ? null : items;
    }

    /** A row whose values are all missing or unticked: nothing the person gave. */
    static boolean isBlankRow(Map<String, Object> row) {
        return row.values().stream().allMatch(v -> Boolean.FALSE.equals(v) || FormValidator.isEmpty(v)
                || (v instanceof Map<?, ?> nested && nested.isEmpty()));
    }
}
