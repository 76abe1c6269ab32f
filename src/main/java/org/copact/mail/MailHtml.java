package org.copact.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML alternative of a mail, made from its text: one template per language and kind is kept
 * (the text), so the two parts can never say different things. Every piece is escaped, names and
 * reasons typed by people included; only http(s) addresses become links.
 */
final class MailHtml {

    // only &, <, >, " and ' are escaped: the rest is UTF-8, and a Greek name stays readable in the source
    private static final String UTF_8 = "UTF-8";
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");

    private MailHtml() {
    }

    static String of(String text) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"></head><body>");
        for (String paragraph : text.split("\n\n")) {
            html.append("<p>").append(linkify(paragraph).replace("\n", "<br>")).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String linkify(String text) {
        Matcher matcher = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            out.append(HtmlUtils.htmlEscape(text.substring(last, matcher.start()), UTF_8));
            String link = HtmlUtils.htmlEscape(matcher.group(), UTF_8);
            out.append("<a href=\"").append(link).append("\">").append(link).append("</a>");
            last = matcher.end();
        }
        return out.append(HtmlUtils.htmlEscape(text.substring(last), UTF_8)).toString();
    }
}
