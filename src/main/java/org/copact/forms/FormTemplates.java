package org.copact.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;

/**
 * form-js's templates (its "feelers" language), evaluated with Camunda's FEEL engine as form-js
 * evaluates them in the browser: a text that starts with {@code =} is one FEEL expression; otherwise
 * {@code {{expression}}} inserts the expression's value, {@code {{#if condition}}…{{/if}}} shows its
 * part only when the condition is truthy, and {@code {{#loop list}}…{{/loop}}} repeats its part for
 * each item of the list, where the item's own keys, {@code this} (the item) and {@code parent} (the
 * enclosing context) are in scope. A closing tag at the end of a line takes its line break with it
 * and gives one back only when its part was shown, so a false condition leaves no empty line. An
 * expression that cannot be evaluated inserts nothing. What an expression inserts passes through the
 * sanitiser given, so that a variable can never add markup to a page.
 */
final class FormTemplates {

    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
    private static final Pattern INSERT = Pattern.compile("\\{\\{.*?}}");

    private FormTemplates() {
    }

    /** As form-js's isTemplate: an expression, or a text with something between double braces. */
    static boolean isTemplate(String text) {
        return text != null && (text.startsWith("=") || INSERT.matcher(text).find());
    }

    /** A template that does not parse, or an expression in it that is not valid FEEL. */
    static final class InvalidTemplateException extends RuntimeException {
        InvalidTemplateException(String message) {
            super(message);
        }
    }

    private sealed interface Node permits Text, Insert, Section {
    }

    private record Text(String text) implements Node {
    }

    private record Insert(String expression) implements Node {
    }

    private record Section(boolean loop, String expression, List<Node> body, boolean lineBreak) implements Node {
    }

    /** Parses the template and every expression in it; throws InvalidTemplateException naming what is wrong. */
    static void check(String template) {
        for (String expression : expressions(parse(template))) {
            var parsed = FEEL.parseExpression(expression);
            if (parsed.isFailure()) {
                throw new InvalidTemplateException("'" + expression + "' is not valid FEEL: "
                        + parsed.failure().message());
            }
        }
    }

    /**
     * The template's text against the context; one that does not parse (a translation gone wrong) is
     * shown as it is, through the sanitiser, rather than failing the page.
     */
    static String evaluate(String template, Map<String, Object> context, UnaryOperator<String> sanitiser) {
        if (!isTemplate(template)) {
            return template;
        }
        List<Node> nodes;
        try {
            nodes = parse(template);
        } catch (InvalidTemplateException e) {
            return sanitiser.apply(template);
        }
        StringBuilder out = new StringBuilder();
        render(nodes, scope(context, null), sanitiser, out);
        return out.toString();
    }

    /** A template of a label, an alt text or an adorner: on one line. */
    static String singleLine(String template, Map<String, Object> context) {
        String text = evaluate(template, context, UnaryOperator.identity());
        return text == null ? null : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    private static List<Node> parse(String template) {
        if (template.startsWith("=")) {
            return List.of(new Insert(template.substring(1)));
        }
        List<List<Node>> open = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        int at = 0;
        while (at < template.length()) {
            int start = template.indexOf("{{", at);
            if (start < 0) {
                current.add(new Text(template.substring(at)));
                break;
            }
            if (start > at) {
                current.add(new Text(template.substring(at, start)));
            }
            int end = template.indexOf("}}", start + 2);
            if (end < 0) {
                throw new InvalidTemplateException("'{{' at " + start + " is never closed by '}}'");
            }
            String tag = template.substring(start + 2, end);
            at = end + 2;
            if (tag.startsWith("#if ") || tag.startsWith("#loop ")) {
                boolean loop = tag.startsWith("#loop ");
                String expression = tag.substring(loop ? 6 : 4).strip();
                if (expression.isEmpty()) {
                    throw new InvalidTemplateException("'{{" + tag + "}}' has no expression");
                }
                sections.add(new Section(loop, expression, null, false));
                open.add(current);
                current = new ArrayList<>();
            } else if (tag.equals("/if") || tag.equals("/loop")) {
                if (sections.isEmpty() || sections.get(sections.size() - 1).loop() != tag.equals("/loop")) {
                    throw new InvalidTemplateException("'{{" + tag + "}}' closes no open section");
                }
                boolean lineBreak = template.startsWith("\n", at) || template.startsWith("\r\n", at);
                if (lineBreak) {
                    at = template.indexOf('\n', at) + 1;
                }
                Section section = sections.remove(sections.size() - 1);
                List<Node> body = current;
                current = open.remove(open.size() - 1);
                current.add(new Section(section.loop(), section.expression(), List.copyOf(body), lineBreak));
            } else {
                String expression = tag.startsWith("=") ? tag.substring(1) : tag;
                current.add(expression.isBlank() ? new Text("") : new Insert(expression.strip()));
            }
        }
        if (!sections.isEmpty()) {
            Section section = sections.get(sections.size() - 1);
            throw new InvalidTemplateException("'{{#" + (section.loop() ? "loop " : "if ") + section.expression()
                    + "}}' is never closed by '{{/" + (section.loop() ? "loop" : "if") + "}}'");
        }
        return current;
    }

    private static List<String> expressions(List<Node> nodes) {
        List<String> expressions = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof Insert insert) {
                expressions.add(insert.expression());
            } else if (node instanceof Section section) {
                expressions.add(section.expression());
                expressions.addAll(expressions(section.body()));
            }
        }
        return expressions;
    }

    private static void render(List<Node> nodes, Map<String, Object> scope, UnaryOperator<String> sanitiser,
            StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Text text) {
                out.append(text.text());
            } else if (node instanceof Insert insert) {
                EvaluationResult result = FEEL.evaluateExpression("string(" + insert.expression() + ")", scope);
                if (result.isSuccess() && result.result() != null) {
                    out.append(sanitiser.apply(String.valueOf(result.result())));
                }
            } else if (node instanceof Section section) {
                StringBuilder inner = new StringBuilder();
                EvaluationResult result = FEEL.evaluateExpression(section.expression(), scope);
                Object value = result.isSuccess() ? result.result() : null;
                if (section.loop()) {
                    Collection<?> items = value == null ? List.of()
                            : value instanceof Collection<?> many ? many : List.of(value);
                    for (Object item : items) {
                        render(section.body(), scope(item, scope), sanitiser, inner);
                    }
                } else if (truthy(value)) {
                    render(section.body(), scope, sanitiser, inner);
                } else {
                    continue;
                }
                out.append(inner);
                if (section.lineBreak() && !inner.toString().endsWith("\n")) {
                    out.append('\n');
                }
            }
        }
    }

    /** As feelers enhances a context: the item's keys, with this and parent (and _this_, _parent_). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> scope(Object item, Map<String, Object> parent) {
        Map<String, Object> scope = new HashMap<>();
        if (item instanceof Map<?, ?> map) {
            map.forEach((key, value) -> scope.put(String.valueOf(key), value));
        }
        scope.put("this", item);
        scope.put("_this_", item);
        scope.put("parent", parent);
        scope.put("_parent_", parent);
        return scope;
    }

    /** JavaScript's truthiness, as form-js decides whether to show a conditional section. */
    private static boolean truthy(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return false;
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return d != 0 && !Double.isNaN(d);
        }
        return !(value instanceof String text && text.isEmpty());
    }

    /** What an expression inserts into Markdown, with every ASCII punctuation escaped, so it stays text. */
    static String escapeMarkdown(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\`*_{}[]()#+-.!<>|~&\"'=:;,/?@$%^".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** What an expression inserts into an html component, as text. */
    static String escapeHtml(String text) {
        return org.jsoup.nodes.Entities.escape(text);
    }
}
