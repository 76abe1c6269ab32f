package org.copact.forms;

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

    /** Puts the value at that path, making (or making anew) the maps on the way to it. */
    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> values, List<String> path, Object value) {
        Map<String, Object> target = values;
        for (String segment : path.subList(0, path.size() - 1)) {
            Object next = target.get(segment);
            if (!(next instanceof Map<?, ?>)) {
                next = new LinkedHashMap<String, Object>();
                target.put(segment, next);
            }
            target = (Map<String, Object>) next;
        }
        target.put(path.get(path.size() - 1), value);
    }

    /** Removes the value at that path, if there is one. */
    static void remove(Map<String, Object> values, List<String> path) {
        Object parent = path.size() == 1 ? values : at(values, path.subList(0, path.size() - 1));
        if (parent instanceof Map<?, ?> map) {
            map.remove(path.get(path.size() - 1));
        }
    }

    /** A copy whose nested maps are copies too, to change without touching the values given. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> deepCopy(Map<String, Object> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((key, value) -> copy.put(key,
                value instanceof Map<?, ?> nested ? deepCopy((Map<String, Object>) nested) : value));
        return copy;
    }
}
