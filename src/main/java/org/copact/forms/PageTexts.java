package org.copact.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts of a page's components as form-js shows them: each template or expression evaluated
 * ({@link FormTemplates}) against the task's variables and the values typed so far, a value typed
 * winning over a variable of the same name, as form-js merges its data. A text component becomes
 * safe HTML through {@link SafeMarkdown}, an html component through {@link SafeHtml}, and what an
 * expression inserts there is escaped first, so that no variable adds markup; labels, descriptions,
 * alt texts and adorners are text, escaped by the page.
 */
final class PageTexts {

    private PageTexts() {
    }

    /** What templates see: the variables, then the values over them. */
    static Map<String, Object> context(Map<String, Object> variables, Map<String, Object> values) {
        Map<String, Object> context = new HashMap<>(variables == null ? Map.of() : variables);
        context.putAll(values);
        return context;
    }

    /** What templates in a list's row see, as in form-js: the form's data, the row's values, this and parent. */
    static Map<String, Object> row(Map<String, Object> context, Map<String, Object> item) {
        Map<String, Object> row = new HashMap<>(context);
        row.putAll(item);
        row.put("this", item);
        row.put("_this_", item);
        row.put("parent", context);
        row.put("_parent_", context);
        return row;
    }

    /** A text property of the component, evaluated, on one line; "" when it has none. */
    static String text(JsonNode component, String property, Map<String, Object> context) {
        String text = FormEntries.text(component, property);
        return text == null ? "" : FormTemplates.singleLine(text, context);
    }

    /** The same, or null when it is empty once evaluated. */
    static String textOrNull(JsonNode component, String property, Map<String, Object> context) {
        String text = text(component, property, context);
        return text.isBlank() ? null : text;
    }

    /**
     * A component that only shows something, or null when there is nothing to show: a text whose
     * template yields nothing (its condition is false), a button that is not a reset button.
     */
    static PageField display(String type, JsonNode component, Map<String, Object> context) {
        switch (type) {
            case "text": {
                String markdown = FormTemplates.evaluate(component.path("text").asText(""), context,
                        FormTemplates::escapeMarkdown);
                return markdown == null || markdown.isBlank() ? null
                        : display(type, null, SafeMarkdown.toHtml(markdown), null);
            }
            case "html": {
                String html = FormTemplates.evaluate(component.path("content").asText(""), context,
                        FormTemplates::escapeHtml);
                return html == null || html.isBlank() ? null : display(type, null, SafeHtml.clean(html), null);
            }
            case "image":
                // label: its alt text; value: its source, only when it is safe to show
                return display(type, text(component, "alt", context), null,
                        SafeHtml.imageSource(textOrNull(component, "source", context)));
            case "separator", "spacer":
                return display(type, null, null, null);
            case "button": {
                // the page's own buttons send the form; a reset button puts back what the page showed
                String label = text(component, "label", context);
                return component.path("action").asText("submit").equals("reset")
                        ? display(type, label.isBlank() ? "Reset" : label, null, "reset") : null;
            }
            default:
                return null;
        }
    }

    static PageField display(String type, String label, String html, String value) {
        return new PageField(type, null, null, label, null, html, false, value, List.of(), null, null, null, null,
                List.of());
    }
}
