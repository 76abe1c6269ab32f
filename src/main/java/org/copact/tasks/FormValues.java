package org.copact.tasks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of a form, nested as form-js nests them: a field's path ({@code ["address", "city"]}
 * for a field in a group with a path) names where its value is.
 */
final class FormValues {

    private FormValues() {
    }

    /** The value at that path, or null when it, or a map on the way to it, is missing. */
    static Object at(Map<String, Object> values, List<String> path) {
        Object current = values;
        for (String segment : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(segment);
        }
        return current;
    }

    /** Puts the value at that path, making the maps on the way to it. */
    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> values, List<String> path, Object value) {
        Map<String, Object> target = values;
        for (String segment : path.subList(0, path.size() - 1)) {
            target = (Map<String, Object>) target.computeIfAbsent(segment, s -> new LinkedHashMap<>());
        }
        target.put(path.get(path.size() - 1), value);
    }
}
