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
 */
public record PageField(String type, String name, String id, String label, String description, String html,
        boolean required, String value, List<Option> options, String inputType, Integer minLength,
        Integer maxLength, String error, List<PageField> children, boolean addRemove, PageField blankRow,
        String accept, boolean multiple, boolean conditional, boolean hidden, String locked) {

    static final String ROW_INDEX = "__row__";
    public static final String DISABLED = "disabled";
    public static final String READONLY = "readonly";

    PageField(String type, String name, String id, String label, String description, String html,
            boolean required, String value, List<Option> options, String inputType, Integer minLength,
            Integer maxLength, String error, List<PageField> children, boolean addRemove, PageField blankRow,
            String accept, boolean multiple, boolean conditional, boolean hidden) {
        this(type, name, id, label, description, html, required, value, options, inputType, minLength, maxLength,
                error, children, addRemove, blankRow, accept, multiple, conditional, hidden, null);
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
                minLength, maxLength, error, children, addRemove, blankRow, accept, multiple, true, hiddenNow, locked);
    }

    /** This display component with a condition: conditionName null when the script cannot name it. */
    PageField withDisplayCondition(String conditionName, boolean hiddenNow) {
        return new PageField(type, name, conditionName, label, description, html, required, value, options,
                inputType, minLength, maxLength, error, children, addRemove, blankRow, accept, multiple,
                conditionName != null, hiddenNow, locked);
    }

    /** This input shown but not to be changed: how ({@link #DISABLED}, {@link #READONLY}); nothing is required of it. */
    PageField locked(String how) {
        return new PageField(type, name, id, label, description, html, false, value, options, inputType,
                minLength, maxLength, error, children, addRemove, blankRow, accept, multiple, conditional, hidden, how);
    }

    public boolean isLocked() {
        return locked != null;
    }

    record Option(String value, String label, boolean chosen) {
    }

    public boolean hasError() {
        return error != null;
    }
}
