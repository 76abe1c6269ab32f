package org.copact.forms;

import java.util.List;

/**
 * One component of a task's form as a page shows it: already in the person's language, with what
 * they typed and what is wrong with it. {@code html} is only ever SafeMarkdown's or
 * SafeHtml's output. An image keeps its alt text in {@code label} and its safe source in {@code value}.
 * A dynamiclist has its rows as {@code children}; when its definition allows adding and removing
 * rows, {@code addRemove} is set and {@code blankRow} is the row to add, with the index
 * {@link #ROW_INDEX} in its names and ids for the page's script to replace.
 * A filepicker lists the documents already attached as its {@code options} (id, file name), with
 * what its file input {@code accept}s and whether it takes {@code multiple} files.
 * An input with a condition ({@code conditional.hide}) is {@code conditional}; when the values shown
 * hide it, it is still on the page but {@code hidden}, its inputs disabled so that the browser does
 * not send them, for the page's script to show it as soon as an answer makes it apply. A display
 * component with a condition is {@code hidden} when it applies not; with an id, it is {@code conditional},
 * its name for the script in {@code id}. {@code locked} is null for an input the person may change,
 * else {@link #DISABLED} or {@link #READONLY} (form-js's {@code disabled} and {@code readonly}).
 * {@code entry} says more of how a value is typed ({@link Entry}).
 */
public record PageField(String type, String name, String id, String label, String description, String html,
        boolean required, String value, List<Option> options, String inputType, Integer minLength,
        Integer maxLength, String error, List<PageField> children, boolean addRemove, PageField blankRow,
        String accept, boolean multiple, boolean conditional, boolean hidden, Entry entry, String locked) {

    static final String ROW_INDEX = "__row__";
    public static final String DISABLED = "disabled";
    public static final String READONLY = "readonly";

    /**
     * prefix and suffix: form-js's adorners, shown before and after the input (or null); step: a
     * number's increment, or the smallest step its decimalDigits allow (or null: any number);
     * zoned: a time kept with an offset, so the page says which time zone it is typed in and sends
     * it; kept: that time as it is kept (with its offset), for the page's script to show it in the
     * person's own time zone.
     */
    public record Entry(String prefix, String suffix, String step, boolean zoned, String kept) {

        static final Entry NONE = new Entry(null, null, null, false, null);
    }

    PageField(String type, String name, String id, String label, String description, String html,
            boolean required, String value, List<Option> options, String inputType, Integer minLength,
            Integer maxLength, String error, List<PageField> children, boolean addRemove, PageField blankRow,
            String accept, boolean multiple, boolean conditional, boolean hidden) {
        this(type, name, id, label, description, html, required, value, options, inputType, minLength, maxLength,
                error, children, addRemove, blankRow, accept, multiple, conditional, hidden, Entry.NONE, null);
    }

    PageField(String type, String name, String id, String label, String description, String html,
            boolean required, String value, List<Option> options, String inputType, Integer minLength,
            Integer maxLength, String error, List<PageField> children) {
        this(type, name, id, label, description, html, required, value, options, inputType, minLength, maxLength,
                error, children, false, null, null, false);
    }

    PageField(String type, String name, String id, String label, String description, String html,
            boolean required, String value, List<Option> options, String inputType, Integer minLength,
            Integer maxLength, String error, List<PageField> children, boolean addRemove, PageField blankRow,
            String accept, boolean multiple) {
        this(type, name, id, label, description, html, required, value, options, inputType, minLength, maxLength,
                error, children, addRemove, blankRow, accept, multiple, false, false);
    }

    /** This input as an input with a condition, hidden or not under the values shown. */
    PageField withCondition(boolean hiddenNow) {
        return new PageField(type, name, id, label, description, html, required, value, options, inputType,
                minLength, maxLength, error, children, addRemove, blankRow, accept, multiple, true, hiddenNow, entry,
                locked);
    }

    PageField withEntry(Entry how) {
        return new PageField(type, name, id, label, description, html, required, value, options, inputType,
                minLength, maxLength, error, children, addRemove, blankRow, accept, multiple, conditional, hidden,
                how, locked);
    }

    /** This display component with a condition: conditionName null when the script cannot name it. */
    PageField withDisplayCondition(String conditionName, boolean hiddenNow) {
        return new PageField(type, name, conditionName, label, description, html, required, value, options,
                inputType, minLength, maxLength, error, children, addRemove, blankRow, accept, multiple,
                conditionName != null, hiddenNow, entry, locked);
    }

    /** This input shown but not to be changed: how ({@link #DISABLED}, {@link #READONLY}); nothing is required of it. */
    PageField locked(String how) {
        return new PageField(type, name, id, label, description, html, false, value, options, inputType,
                minLength, maxLength, error, children, addRemove, blankRow, accept, multiple, conditional, hidden,
                entry, how);
    }

    public boolean isLocked() {
        return locked != null;
    }

    record Option(String value, String label, boolean chosen) {
    }

    public boolean hasError() {
        return error != null;
    }

    /**
     * The ids of what describes a typed input: its error, else its description, then its adorners and
     * the time zone it is typed in, so that a screen reader says "€", "per year" or the zone with it.
     */
    public String describedBy() {
        StringBuilder ids = new StringBuilder(hasError() ? id + "-error" : description != null ? id + "-hint" : "");
        if (entry.prefix() != null) {
            ids.append(' ').append(id).append("-prefix");
        }
        if (entry.suffix() != null) {
            ids.append(' ').append(id).append("-suffix");
        }
        if (entry.zoned()) {
            ids.append(' ').append(id).append("-zone");
        }
        String described = ids.toString().strip();
        return described.isEmpty() ? null : described;
    }
}
