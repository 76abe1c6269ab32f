package org.copact.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns a (translated) form-js schema into the fields of a page (what the page posts back is read
 * by {@link PostedForm}). A field whose condition hides it is on the page, hidden
 * and disabled, so that the page's script can show it when an answer makes it apply.
 * Display components (text, html, image, separator, spacer, a reset button) are shown safely; a
 * dynamiclist shows its items, each posted as {@code path[index].key}.
 */
public final class FormPages {

    private FormPages() {
    }

    /**
     * values: what was submitted or saved as a draft; when there is none yet, each input shows the
     * {@code defaultValue} of its definition, as form-js pre-fills a new form.
     */
    public static List<PageField> fields(FormDefinition definition, JsonNode translated, Map<String, Object> values,
            Map<String, String> errors) {
        return fields(definition, translated, values, errors, Map.of(), Map.of());
    }

    /**
     * rows: how many rows the person asked for, by list name ("clients"), when they added or removed
     * one; honoured only by a list whose definition allows adding and removing rows. variables: the task's, which the form's templates, expressions, options taken at run time
     * ({@code valuesKey}, {@code valuesExpression}), conditions and read-only expressions see under the
     * values, and whose value (else its default) a disabled or read-only input shows, as in form-js.
     */
    public static List<PageField> fields(FormDefinition definition, JsonNode translated, Map<String, Object> values,
            Map<String, String> errors, Map<String, Integer> rows, Map<String, Object> variables) {
        return fields(definition.fields(), translated.path("components"), "", "", values, errors, values.isEmpty(),
                rows, PageScope.of(variables, values));
    }

    /**
     * fields: the definition's fields where these components are (the form's, or a list's items);
     * prefix: the path of the enclosing groups; names: where these values are posted ("clients[0].").
     */
    private static List<PageField> fields(List<FormField> definitions, JsonNode components, String prefix,
            String names, Map<String, Object> values, Map<String, String> errors, boolean fresh,
            Map<String, Integer> rows, PageScope scope) {
        List<PageField> fields = new ArrayList<>();
        Map<String, Object> context = scope.seen();
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            String label = PageTexts.text(component, "label", context);
            int before = fields.size();
            if (FormDefinitionReader.DISPLAY.contains(type)) {
                PageField shown = PageTexts.display(type, component, context);
                if (shown != null) {
                    fields.add(shown);
                }
            } else if (type.equals("group")) {
                String path = component.path("path").asText("");
                fields.add(new PageField(type, null, null, label, null, null, false, null, List.of(), null, null,
                         null, null, fields(definitions, component.path("components"),
                                path.isBlank() ? prefix : prefix + path + ".", names, values, errors, fresh, rows,
                                scope)));
            } else if (type.equals("dynamiclist")) {
                FormField list = field(definitions, prefix + component.path("path").asText());
                fields.add(list(list, component, label, names, values, errors, fresh, rows, scope));
            } else if (FormDefinitionReader.INPUTS.contains(type)) {
                FormField field = field(definitions, prefix + component.path("key").asText());
                Object value = FormValues.at(values, field.path());
                if (value == null && fresh && component.hasNonNull("defaultValue")) {
                    value = plainValue(component.get("defaultValue"));
                }
                if (label.isBlank()) {
                    label = PageTexts.text(component, "dateLabel", context);
                }
                boolean disabled = field.editing().disabled();
                if (disabled || FormConditions.readonly(field, scope.seen())) {
                    value = FieldEditing.original(field, scope.originals());
                }
                PageField input = input(field, names + field.key(), component, label, value,
                        errors.get(names + field.key()), context);
                if (disabled || FormConditions.readonly(field, scope.seen())) {
                    input = input.locked(disabled ? PageField.DISABLED : PageField.READONLY);
                }
                fields.add(field.hide() == null ? input
                        : input.withCondition(FormConditions.hides(field, scope.seen())));
            }
            if (FormDefinitionReader.DISPLAY.contains(type) && fields.size() > before) {
                fields.set(before, shownIf(fields.get(before), component, names, scope));
            }
        }
        return fields;
    }

    /**
     * A display component with a condition: hidden when it yields true; with an id, named for the
     * page's script to show or hide it as the answers change ({@link PageConditions}).
     */
    private static PageField shownIf(PageField display, JsonNode component, String names, PageScope scope) {
        String hide = FieldEditing.hideOf("", component);
        if (hide == null) {
            return display;
        }
        String name = component.hasNonNull("id") ? names + PageConditions.DISPLAY + component.get("id").asText()
                : null;
        return display.withDisplayCondition(name, FormConditions.yieldsTrue(hide, scope.seen()));
    }

    /**
     * What a person answered, as label and shown text per answered input in the page's order: an
     * option by its label, a ticked checkbox as a tick; what they left blank is left out. variables:
     * the task's, which its labels, options and conditions see as on the page.
     */
    public static List<PageField> answered(FormDefinition definition, JsonNode translated, Map<String, Object> values,
            Map<String, Object> variables) {
        List<PageField> answered = new ArrayList<>();
        collectAnswers(fields(definition, translated, values, Map.of(), Map.of(), variables), answered);
        return answered;
    }

    /** Whether a list of these fields, at any depth, lets the person add and remove rows. */
    public static boolean anyAddRemove(List<PageField> fields) {
        return fields.stream().anyMatch(f -> f.addRemove() || anyAddRemove(f.children()));
    }

    /** Whether any input of these fields, at any depth, a row to add included, has a condition. */
    public static boolean anyCondition(List<PageField> fields) {
        return fields.stream().anyMatch(f -> f.conditional() || anyCondition(f.children())
                || (f.blankRow() != null && anyCondition(List.of(f.blankRow()))));
    }

    /** Whether any input of these fields, at any depth, is a time typed in the person's time zone. */
    public static boolean anyZoned(List<PageField> fields) {
        return fields.stream().anyMatch(f -> f.entry().zoned() || anyZoned(f.children()));
    }

    private static void collectAnswers(List<PageField> fields, List<PageField> answered) {
        for (PageField field : fields) {
            if (!field.children().isEmpty()) {
                collectAnswers(field.children(), answered);
            } else if (field.name() != null && !field.hidden()) {
                String shown = shown(field);
                if (shown != null && !shown.isBlank()) {
                    answered.add(PageTexts.display("answer", field.label(), null, shown));
                }
            }
        }
    }

    /** An input's answer as a reader sees it: an option by its label, a ticked checkbox as a tick. */
    static String shown(PageField field) {
        return field.type().equals("checkbox") ? ("true".equals(field.value()) ? "\u2713" : "")
                : !field.options().isEmpty() || List.of("radio", "select", "checklist", "taglist").contains(field.type())
                        ? String.join(", ", field.options().stream().filter(PageField.Option::chosen)
                                .map(PageField.Option::label).toList())
                        : field.value();
    }

    private static FormField field(List<FormField> definitions, String key) {
        return definitions.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    /**
     * As many items as were submitted, at least the list's defaultRepetitions (1 if it sets none,
     * 0 if it says so), as form-js shows a list without data; a list that allows adding and removing
     * rows (form-js's allowAddRemove) shows as many as the person asked for, never fewer than hold
     * values, and none when the person removed them all.
     */
    private static PageField list(FormField list, JsonNode component, String label, String names,
            Map<String, Object> values, Map<String, String> errors, boolean fresh, Map<String, Integer> rows,
            PageScope scope) {
        String name = names + list.key();
        Object submitted = FormValues.at(values, list.path());
        List<?> items = submitted instanceof List<?> given ? given : List.of();
        boolean addRemove = component.path("allowAddRemove").asBoolean(false);
        Integer asked = rows.get(name);
        boolean emptied = addRemove && submitted instanceof List<?> && items.isEmpty();
        int count = addRemove && asked != null ? Math.max(items.size(), Math.min(asked, ListRows.MAX))
                : emptied ? 0 : Math.max(items.size(), list.editing().repetitions());
        List<PageField> shown = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = i < items.size() && items.get(i) instanceof Map<?, ?> map
                    ? (Map<String, Object>) map : Map.of();
            shown.add(row(list, component, name + "[" + i + "].", item, errors, fresh && item.isEmpty(), rows,
                    scope.row(list, i, item)));
        }
        PageField blankRow = addRemove
                ? row(list, component, name + "[" + PageField.ROW_INDEX + "].", Map.of(), Map.of(), true, Map.of(),
                        scope.row(list, -1, Map.of()))
                : null;
        return new PageField("dynamiclist", name, id(name), label.isBlank() ? list.key() : label, null, null, false,
                null, List.of(), null, null, null, errors.get(name), shown, addRemove, blankRow, null,
                false);
    }

    private static PageField row(FormField list, JsonNode component, String names, Map<String, Object> item,
            Map<String, String> errors, boolean fresh, Map<String, Integer> rows, PageScope scope) {
        return new PageField("group", names.substring(0, names.length() - 1), null, null, null, null, false, null,
                List.of(), null, null, null, null,
                fields(list.items(), component.path("components"), "", names, item, errors, fresh, rows, scope));
    }

    static Object plainValue(JsonNode value) {
        if (value.isArray()) {
            List<String> many = new ArrayList<>();
            value.forEach(v -> many.add(v.asText()));
            return many;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() ? (Object) value.asLong() : (Object) value.asDouble();
        }
        return value.asText();
    }

    private static String id(String name) {
        return "field-" + name.replaceAll("[.\\[\\]]+", "-").replaceAll("-$", "");
    }

    private static PageField input(FormField field, String name, JsonNode component, String label, Object value,
            String error, Map<String, Object> context) {
        if (field.isFilePicker()) {
            return filePicker(field, name, component, label, value, error, context);
        }
        List<PageField.Option> options = new ArrayList<>();
        if (field.entry().hasDynamicOptions()) {
            for (FormOptions.Option option : FormOptions.of(field, context)) {
                options.add(new PageField.Option(option.value(), option.label(), chosen(option.value(), value)));
            }
        }
        for (JsonNode option : component.path("values")) {
            String optionValue = option.path("value").asText();
            options.add(new PageField.Option(optionValue, option.path("label").asText(optionValue),
                    chosen(optionValue, value)));
        }
        String text = value == null || value instanceof Collection<?> ? "" : plain(value);
        String kept = null;
        boolean zoned = field.entry().timeFormat() != null && !field.entry().timeFormat().equals("no_timezone");
        if (zoned && !text.isEmpty()) {
            kept = text;
            text = TimeFormats.local(field.subtype(), text, TimeFormats.DEFAULT_ZONE);
        }
        return new PageField(field.type(), name, id(name), label.isBlank() ? field.key() : label,
                PageTexts.textOrNull(component, "description", context), null, field.required(), text, options,
                inputType(field), field.minLength(), field.maxLength(), error, List.of())
                .withEntry(new PageField.Entry(PageTexts.textOrNull(component, "appearance.prefixAdorner", context),
                        PageTexts.textOrNull(component, "appearance.suffixAdorner", context),
                        NumberSteps.step(field.entry()), zoned, kept));
    }

    private static boolean chosen(String option, Object value) {
        return value instanceof Collection<?> many ? many.contains(option) : option.equals(value);
    }

    /** The documents already attached stay ticked, so a correction elsewhere does not ask for them again. */
    private static PageField filePicker(FormField field, String name, JsonNode component, String label, Object value,
            String error, Map<String, Object> context) {
        List<PageField.Option> attached = new ArrayList<>();
        Collection<?> files = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
        for (Object file : files) {
            if (file instanceof Map<?, ?> document && document.get(Attachments.DOCUMENT_ID) != null) {
                String id = String.valueOf(document.get(Attachments.DOCUMENT_ID));
                Object fileName = document.get(Attachments.FILE_NAME);
                attached.add(new PageField.Option(id, fileName == null ? id : String.valueOf(fileName), true));
            }
        }
        return new PageField(field.type(), name, id(name), label.isBlank() ? field.key() : label,
                PageTexts.textOrNull(component, "description", context), null, field.required(), null, attached,
                "file", null,
                null, error, List.of(), false, null, field.upload().accept(), field.upload().multiple());
    }

    private static String inputType(FormField field) {
        if ("email".equals(field.validationType())) {
            return "email";
        }
        if ("phone".equals(field.validationType())) {
            return "tel";
        }
        if ("datetime".equals(field.type())) {
            return "datetime".equals(field.subtype()) ? "datetime-local" : field.subtype();
        }
        return "text";
    }

    private static String plain(Object value) {
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
