package org.copact.tasks;

import java.util.List;

/**
 * One input of a form definition, with the validation form-js would apply to it. Numbers are
 * null where the definition sets no limit. {@code key} is the value's path: a field inside a group
 * with a {@code path} is submitted under that path ({@code address.city}), as form-js does.
 * {@code hide} is the FEEL expression of {@code conditional.hide}, without its leading '='.
 */
record FormField(String key, String type, String label, boolean required, Double min, Double max,
        Integer minLength, Integer maxLength, String pattern, List<String> options, String subtype,
        String validationType, String hide) {

    FormField(String key, String type, String label, boolean required, Double min, Double max,
            Integer minLength, Integer maxLength, String pattern, List<String> options) {
        this(key, type, label, required, min, max, minLength, maxLength, pattern, options, null, null, null);
    }

    boolean takesOneOption() {
        return type.equals("radio") || type.equals("select");
    }

    boolean takesManyOptions() {
        return type.equals("checklist") || type.equals("taglist");
    }

    List<String> path() {
        return List.of(key.split("\\."));
    }
}
