package org.copact.tasks;

import java.util.List;

/**
 * One input of a form definition, with the validation form-js would apply to it. Numbers are
 * null where the definition sets no limit.
 */
record FormField(String key, String type, String label, boolean required, Double min, Double max,
        Integer minLength, Integer maxLength, String pattern, List<String> options) {

    boolean takesOneOption() {
        return type.equals("radio") || type.equals("select");
    }

    boolean takesManyOptions() {
        return type.equals("checklist") || type.equals("taglist");
    }
}
