package org.copact.forms;

import java.util.Locale;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The Markdown of a form's text components as HTML that cannot carry a script: raw HTML in the
 * Markdown is escaped, and a link keeps its address only when it is http, https or mailto (the
 * {@code javascript:} link of form-js's own example stays plain text).
 */
final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link) {
                    String href = attributes.getOrDefault("href", "").strip().toLowerCase(Locale.ROOT);
                    if (!(href.startsWith("http://") || href.startsWith("https://") || href.startsWith("mailto:"))) {
                        attributes.remove("href");
                    }
                    attributes.put("rel", "nofollow noopener noreferrer");
                }
            })
            .build();

    private SafeMarkdown() {
    }

    static String toHtml(String markdown) {
        return markdown == null ? "" : RENDERER.render(PARSER.parse(markdown));
    }
}
