package org.copact.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a task's page posted back, read into the values form-js would have submitted: typed as
 * form-js types them (numbers, ticked boxes, several options), nested by the fields' paths, each
 * row of a dynamiclist from its {@code path[index].key} inputs.
 */
public final class PostedForm {

    /** what a page posts, after a list's name, to say the list is on the page even with no rows */
    public static final String EMPTY_LIST = "[]";

    private PostedForm() {
    }

    /** The values of a posted page, typed as form-js types them; what was left blank is absent. */
    public static Map<String, Object> read(FormDefinition definition, Map<String, String[]> posted) {
        return read(definition.fields(), posted, "");
    }

    /** names: where these fields were posted, "" at the top, "clients[0]." in a list's row */
    public static Map<String, Object> read(List<FormField> fields, Map<String, String[]> posted, String names) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : fields) {
            Object value = field.isList() ? items(field, posted, names + field.key())
                    : value(field, posted.get(names + field.key()), posted);
            if (value != null) {
                FormValues.put(values, field.path(), value);
            }
        }
        return values;
    }

    /**
     * The items of a dynamiclist posted as clients[0].clientName, ...; a row left blank is an empty
     * row, for the validator to ask for what it requires, as form-js does. A list whose every row the
     * person removed posts only its marker ({@link #EMPTY_LIST}, {@code clients[]}) and is an empty list;
     * a list not posted at all is absent.
     */
    private static List<Object> items(FormField list, Map<String, String[]> posted, String name) {
        List<Object> items = new ArrayList<>();
        for (int index : rowIndexes(posted, name)) {
            items.add(read(list.items(), posted, name + "[" + index + "]."));
        }
        return !items.isEmpty() ? items : posted.containsKey(name + EMPTY_LIST) ? List.of() : null;
    }

    /** The indexes of the rows of the list posted under name, as clients[0].clientName, in order. */
    static SortedSet<Integer> rowIndexes(Map<String, String[]> posted, String name) {
        Pattern item = Pattern.compile(Pattern.quote(name) + "\\[(\\d{1,4})\\]\\..+");
        SortedSet<Integer> indexes = new TreeSet<>();
        for (String key : posted.keySet()) {
            Matcher matcher = item.matcher(key);
            if (matcher.matches()) {
                indexes.add(Integer.parseInt(matcher.group(1)));
            }
        }
        return indexes;
    }

    private static Object value(FormField field, String[] given, Map<String, String[]> posted) {
        if (field.type().equals("checkbox")) {
            return given != null && List.of(given).contains("true");
        }
        if (given == null || given.length == 0) {
            return null;
        }
        if (field.isFilePicker()) {
            // the ids of the documents attached before, still ticked; the new files come as parts
            List<String> ids = Arrays.stream(given).filter(id -> !id.isBlank()).toList();
            return ids.isEmpty() ? null : ids;
        }
        if (field.takesManyOptions()) {
            return List.of(given);
        }
        String text = given[0];
        if (text.isBlank()) {
            return null;
        }
        if (field.type().equals("datetime")) {
            // as form-js, a time is sent with the offset its timeSerializingFormat asks for
            return TimeFormats.serialise(field, text, TimeFormats.zone(posted.get(TimeFormats.TIME_ZONE)));
        }
        if (field.type().equals("number")) {
            try {
                BigDecimal number = new BigDecimal(text.strip().replace(',', '.'));
                return number.scale() <= 0 ? (Object) number.longValueExact() : (Object) number.doubleValue();
            } catch (NumberFormatException | ArithmeticException e) {
                return text;
            }
        }
        return text;
    }
}
