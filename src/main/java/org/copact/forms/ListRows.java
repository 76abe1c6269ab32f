package org.copact.forms;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a page's dynamic lists as a browser without script changes them: a button
 * {@code add-row} names the list to grow by one row, a button {@code remove-row} names the row to
 * drop ({@code clients[1]}); the page comes back with what was typed kept.
 */
public final class ListRows {

    public static final String ADD = "add-row";
    public static final String REMOVE = "remove-row";
    /** more rows than a person would type by hand; the page never grows past it */
    static final int MAX = 200;

    private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,4})\\]\\.");

    private ListRows() {
    }

    /** The number of rows posted for each list, by the list's name ("clients", "clients[0].phones"). */
    static Map<String, Integer> posted(Map<String, String[]> posted) {
        Map<String, Set<Integer>> indexes = new HashMap<>();
        for (String key : posted.keySet()) {
            Matcher matcher = INDEX.matcher(key);
            while (matcher.find()) {
                indexes.computeIfAbsent(key.substring(0, matcher.start()), k -> new TreeSet<>())
                        .add(Integer.parseInt(matcher.group(1)));
            }
        }
        Map<String, Integer> rows = new HashMap<>();
        indexes.forEach((list, rowIndexes) -> rows.put(list, rowIndexes.size()));
        return rows;
    }

    /** What was posted, without the values of one row ("clients[1]"). */
    public static Map<String, String[]> without(Map<String, String[]> posted, String row) {
        Map<String, String[]> kept = new LinkedHashMap<>();
        posted.forEach((key, values) -> {
            if (!key.startsWith(row + ".")) {
                kept.put(key, values);
            }
        });
        return kept;
    }

    /** The rows to show after the person's change: one more in the list named by add, if any. */
    public static Map<String, Integer> afterChange(Map<String, String[]> posted, String add) {
        Map<String, Integer> rows = posted(posted);
        if (add != null) {
            rows.merge(add, 1, Integer::sum);
        }
        return rows;
    }
}
