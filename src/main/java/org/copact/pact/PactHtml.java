package org.copact.pact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.springframework.context.MessageSource;

/**
 * A pact document as the body of its PDF: the preamble, the objectives, the numbered clauses
 * (their Markdown made HTML, with any HTML written in it shown as text), the public authority's
 * commitments and each signatory's sheet, every commitment as a small table of what, measured how,
 * from where, to where, by when. Headings and labels are in the pact's language.
 */
public final class PactHtml {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private final MessageSource messages;
    private final Locale locale;
    private final String heading;
    private final String subheading;

    /** level: that of the document's own headings (2 in the PDF, under the round's title) */
    PactHtml(MessageSource messages, Locale locale, int level) {
        this.messages = messages;
        this.locale = locale;
        this.heading = "h" + level;
        this.subheading = "h" + (level + 1);
    }

    /**
     * The document as HTML for a page, the same as its PDF shows it, safe to insert as it is.
     *
     * @param level that of the document's own headings on the page
     */
    public static String html(PactDocument document, MessageSource messages, Locale locale, int level) {
        org.jsoup.nodes.Document page = new org.jsoup.nodes.Document("");
        page.outputSettings().prettyPrint(false);
        Element body = page.appendElement("body");
        new PactHtml(messages, locale, level).append(body, document);
        return body.html();
    }

    void append(Element body, PactDocument document) {
        Element pact = body.appendElement("div").addClass("text");
        if (document.title() != null) {
            pact.appendElement(heading).addClass("pact-title").text(document.title());
        }
        if (document.preamble() != null) {
            pact.appendElement(heading).text(text("page.draft.field.preamble"));
            markdown(pact, document.preamble());
        }
        if (!document.objectives().isEmpty()) {
            pact.appendElement(heading).text(text("page.draft.objectives"));
            Element list = pact.appendElement("ul");
            document.objectives().forEach(o -> list.appendElement("li").text(o));
        }
        int number = 1;
        for (PactDocument.Clause clause : document.clauses()) {
            String article = text("pact.pdf.clause", number++);
            pact.appendElement(heading).text(clause.heading() == null ? article : article + ". " + clause.heading());
            markdown(pact, clause.text());
        }
        if (!document.authorityCommitments().isEmpty()) {
            pact.appendElement(heading).addClass("commitments").text(text("page.draft.authority"));
            commitments(pact, document.authorityCommitments());
        }
        for (PactDocument.CommitmentSheet sheet : document.sheets()) {
            pact.appendElement(heading).addClass("commitments").text(text("pact.pdf.sheet", sheet.organisation()));
            commitments(pact, sheet.commitments());
        }
    }

    private void commitments(Element parent, List<PactDocument.Commitment> commitments) {
        int number = 1;
        for (PactDocument.Commitment c : commitments) {
            String theme = c.theme() == null ? "" : ": " + text("page.draft.theme." + c.theme().name());
            parent.appendElement(subheading).text(text("page.draft.commitment", number++) + theme);
            Element table = parent.appendElement("table").addClass("commitment").appendElement("tbody");
            row(table, text("page.draft.field.description"), c.description());
            row(table, text("page.draft.field.indicator"), join(c.indicator(),
                    c.unit() == null ? null : "(" + c.unit() + ")"));
            row(table, text("page.draft.field.baselineValue"), join(number(c.baselineValue()),
                    c.baselineYear() == null ? null : "(" + c.baselineYear() + ")"));
            row(table, text("page.draft.field.targetValue"), join(number(c.targetValue()), date(c.targetDate())));
            int m = 1;
            for (PactDocument.Milestone milestone : c.milestones()) {
                row(table, text("pact.pdf.milestone", m++),
                        join(date(milestone.date()), join(number(milestone.value()), milestone.description())));
            }
        }
    }

    private static void row(Element table, String label, String value) {
        if (value == null) {
            return;
        }
        Element row = table.appendElement("tr");
        row.appendElement("th").attr("scope", "row").text(label);
        row.appendElement("td").text(value);
    }

    private void markdown(Element parent, String markdown) {
        Element html = Jsoup.parseBodyFragment(HTML.render(MARKDOWN.parse(markdown))).body();
        for (Node node : List.copyOf(html.childNodes())) {
            parent.appendChild(node);
        }
    }

    private String number(BigDecimal value) {
        return value == null ? null : java.text.NumberFormat.getNumberInstance(locale).format(value);
    }

    private String date(LocalDate date) {
        return date == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " " + b;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
