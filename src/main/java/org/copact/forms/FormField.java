package org.copact.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One input of a form definition, with the validation form-js would apply to it. Numbers are
 * null where the definition sets no limit. {@code key} is the value's path: a field inside a group
 * with a {@code path} is submitted under that path ({@code address.city}), as form-js does.
 * {@code hide} is the FEEL expression of {@code conditional.hide}, without its leading '='.
 * {@code limits} holds the limits ({@code min}, {@code max}, {@code minLength}, {@code maxLength})
 * that the definition gives as FEEL expressions, without their '='; they are evaluated against
 * what was submitted. A {@code dynamiclist} is submitted as a list of objects, each with the values
 * of its {@code items}, whose keys are relative to the item. A {@code filepicker} has its
 * {@code upload}: what its file input accepts and whether it takes more than one file; its value is
 * the list of the documents it brought ({@link Attachments}). {@code entry} holds how its value is
 * entered where form-js says more than the rules above ({@link Entry}); {@code editing} says whether the
 * person may change it at all ({@link Editing}).
 */
public record FormField(String key, String type, String label, boolean required, Double min, Double max,
        Integer minLength, Integer maxLength, String pattern, List<String> options, String subtype,
        String validationType, String hide, Map<String, String> limits, List<FormField> items, Upload upload,
        Entry entry, Editing editing) {

    static final String FILEPICKER = "filepicker";

    /**
     * decimalDigits and increment: a number's form-js limits on its decimals and its step (null when
     * not set); timeFormat: a datetime's {@code timeSerializingFormat} (null: no offset, as form-js
     * without one); valuesKey and valuesExpression: where a choice takes its options from at run
     * time (the task's variables and the form's values), instead of static {@code options}.
     */
    record Entry(Integer decimalDigits, BigDecimal increment, String timeFormat, String valuesKey,
            String valuesExpression) {

        static final Entry NONE = new Entry(null, null, null, null, null);

        boolean hasDynamicOptions() {
            return valuesKey != null || valuesExpression != null;
        }
    }

    /** accept: form-js's {@code accept}, as the file input takes it (for example {@code .pdf,image/*}), or null */
    record Upload(String accept, boolean multiple) {
    }

    /**
     * form-js's {@code disabled} (shown, neither editable, validated nor submitted) and {@code readonly}
     * (shown with the value the form has, not editable): {@code readonly} is null when the field is
     * editable, {@code "true"} when it is always read-only, else a FEEL expression (without its '=')
     * that decides it against the task's variables and the form's values. {@code defaultValue} is the
     * definition's, as a plain value, or null; {@code repetitions}: a dynamiclist's
     * {@code defaultRepetitions} (1 when unset, as in form-js).
     */
    record Editing(boolean disabled, String readonly, Object defaultValue, int repetitions) {

        static final String ALWAYS = "true";
        static final Editing EDITABLE = new Editing(false, null, null, 1);
    }

    FormField(String key, String type, String label, boolean required, Double min, Double max,
            Integer minLength, Integer maxLength, String pattern, List<String> options, String subtype,
            String validationType, String hide, Map<String, String> limits, List<FormField> items, Upload upload) {
        this(key, type, label, required, min, max, minLength, maxLength, pattern, options, subtype, validationType,
                hide, limits, items, upload, Entry.NONE, Editing.EDITABLE);
    }

    FormField(String key, String type, String label, boolean required, Double min, Double max,
            Integer minLength, Integer maxLength, String pattern, List<String> options, String subtype,
            String validationType, String hide, Map<String, String> limits, List<FormField> items) {
        this(key, type, label, required, min, max, minLength, maxLength, pattern, options, subtype, validationType,
                hide, limits, items, null);
    }

    FormField(String key, String type, String label, boolean required, Double min, Double max,
            Integer minLength, Integer maxLength, String pattern, List<String> options) {
        this(key, type, label, required, min, max, minLength, maxLength, pattern, options, null, null, null);
    }

    FormField(String key, String type, String label, boolean required, Double min, Double max,
            Integer minLength, Integer maxLength, String pattern, List<String> options, String subtype,
            String validationType, String hide) {
        this(key, type, label, required, min, max, minLength, maxLength, pattern, options, subtype, validationType,
                hide, Map.of(), List.of());
    }

    boolean takesOneOption() {
        return type.equals("radio") || type.equals("select");
    }

    boolean takesManyOptions() {
        return type.equals("checklist") || type.equals("taglist");
    }

    public boolean isFilePicker() {
        return type.equals(FILEPICKER);
    }

    boolean isList() {
        return type.equals("dynamiclist");
    }

    /** The same field with other editing rules. */
    FormField with(Editing rules) {
        return new FormField(key, type, label, required, min, max, minLength, maxLength, pattern, options, subtype,
                validationType, hide, limits, items, upload, entry, rules);
    }

    List<String> path() {
        return List.of(key.split("\\."));
    }
}
