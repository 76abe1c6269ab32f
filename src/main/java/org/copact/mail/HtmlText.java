package org.copact.mail;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an HTML-only mail as its reader saw it: paragraphs and line breaks kept, list items
 * as "- " lines, a link's target after its words, a quoted original (a {@code blockquote} or
 * Gmail's quote block) as "> " lines so that {@link ReplyText} can leave it out, entities decoded,
 * and nothing of {@code <style>}, {@code <script>}, {@code <head>} or images.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "table",
            "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "address", "hr", "center", "dl", "dt",
            "dd");
    private static final Set<String> SKIPPED = Set.of("style", "script", "head", "title", "img", "noscript",
            "template", "svg", "object", "iframe");

    private HtmlText() {
    }

    static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parse(html);
        StringBuilder text = new StringBuilder();
        append(document.body(), text, "");
        return text.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void append(Node node, StringBuilder text, String quote) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode words) {
                // a no-break space reads as a space in plain text (and Outlook writes one after "From:")
                appendWords(text, words.getWholeText().replace('\u00a0', ' ').replaceAll("\\s+", " "), quote);
            } else if (child instanceof Element element) {
                appendElement(element, text, quote);
            }
        }
    }

    private static void appendElement(Element element, StringBuilder text, String quote) {
        String tag = element.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        if (tag.equals("pre")) {
            newParagraph(text);
            for (String line : element.wholeText().replace('\u00a0', ' ').split("\n", -1)) {
                text.append(quote).append(line).append('\n');
            }
            newParagraph(text);
            return;
        }
        if (tag.equals("br")) {
            newLine(text);
            return;
        }
        if (tag.equals("blockquote") || isQuoteBlock(element)) {
            newParagraph(text);
            append(element, text, quote + "> ");
            newParagraph(text);
            return;
        }
        if (tag.equals("li")) {
            if (!atLineStart(text)) {
                newLine(text);
            }
            text.append(quote).append("- ");
            append(element, text, quote);
            if (!atLineStart(text)) {
                newLine(text);
            }
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            newParagraph(text);
        }
        append(element, text, quote);
        if (tag.equals("a")) {
            appendTarget(element, text);
        }
        if (block) {
            newParagraph(text);
        } else if (tag.equals("td") || tag.equals("th")) {
            text.append(' ');
        }
    }

    /**
     * Gmail's quoted original, when it is not in a blockquote. Outlook's is not quoted at all: its
     * From/Sent block (divRplyFwdMsg) stays plain text, which {@link ReplyText} knows.
     */
    private static boolean isQuoteBlock(Element element) {
        return element.hasClass("gmail_quote");
    }

    private static void appendTarget(Element link, StringBuilder text) {
        String href = link.attr("href").strip();
        String words = link.text().strip();
        if (href.isEmpty() || href.startsWith("mailto:") || href.startsWith("#") || href.equals(words)) {
            return;
        }
        text.append(" (").append(href).append(')');
    }

    private static void appendWords(StringBuilder text, String words, String quote) {
        if (words.isBlank()) {
            if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                text.append(' ');
            }
            return;
        }
        if (atLineStart(text)) {
            text.append(quote);
            words = words.stripLeading();
        }
        text.append(words);
    }

    private static void newLine(StringBuilder text) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
    }

    private static void newParagraph(StringBuilder text) {
        if (text.isEmpty()) {
            return;
        }
        int end = text.length();
        if (end >= 2 && text.charAt(end - 1) == '\n' && text.charAt(end - 2) == '\n') {
            return;
        }
        text.append(text.charAt(end - 1) == '\n' ? "\n" : "\n\n");
    }

    private static boolean atLineStart(StringBuilder text) {
        return text.isEmpty() || text.charAt(text.length() - 1) == '\n';
    }
}
