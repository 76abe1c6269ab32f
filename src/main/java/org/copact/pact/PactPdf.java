package org.copact.pact;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The PDF of one pact version, as a signatory would print it: the round's title, the version's
 * number, when it was published, the pact itself (see {@link PactHtml}), and on every page the version and its SHA-256, so a page
 * that travels alone still says which text it belongs to.
 *
 * <p>It is laid out by openhtmltopdf and written by Apache PDFBox as a tagged PDF/A-3a (PDF/UA
 * structure: headings, paragraphs, the document's language and title), with the one font embedded
 * that PDFBox ships, Liberation Sans, which covers the Latin letters of Romanian and Italian, Greek
 * and Cyrillic. No resource outside the document is ever fetched. The PDF's own words (version,
 * page) are in the language given, the pact's: the round's default language.
 */
@Component
public class PactPdf {

    static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final MessageSource messages;

    public PactPdf(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * One signatory of the version, as the signature page of the signed pact lists them.
     *
     * @param withdrawnAt when they withdrew from the pact in force (null while they are in)
     */
    public record Signatory(String organisation, String name, String category, String method, Instant at,
            Instant withdrawnAt) {

        public Signatory(String organisation, String name, String category, String method, Instant at) {
            this(organisation, name, category, method, at, null);
        }
    }

    /** roundTitle: the title of the version's round; locale: the pact's language; zone: the round's time zone */
    public byte[] render(PactVersion version, String roundTitle, Locale locale, ZoneId zone) {
        return pdf(version, html(version, roundTitle, locale, zone));
    }

    /**
     * The signed pact, before it is sealed: the version, then a signature page with every
     * signatory's organisation, name, category, how and when they signed, under the version's SHA-256.
     */
    public byte[] renderSigned(PactVersion version, String roundTitle, Locale locale, ZoneId zone,
            List<Signatory> signatories) {
        return renderSigned(version, roundTitle, locale, zone, signatories, null);
    }

    /**
     * As {@link #renderSigned(PactVersion, String, Locale, ZoneId, List)}, with the certificate of
     * completion after the signature page (none when {@code certificate} is null).
     */
    public byte[] renderSigned(PactVersion version, String roundTitle, Locale locale, ZoneId zone,
            List<Signatory> signatories, CompletionCertificate certificate) {
        return renderSigned(version, roundTitle, locale, zone, signatories, certificate, 1);
    }

    /**
     * As {@link #renderSigned(PactVersion, String, Locale, ZoneId, List, CompletionCertificate)}, as
     * the given edition of the signed pact: after the first, the signature page says which edition it is.
     */
    public byte[] renderSigned(PactVersion version, String roundTitle, Locale locale, ZoneId zone,
            List<Signatory> signatories, CompletionCertificate certificate, int edition) {
        Document html = html(version, roundTitle, locale, zone);
        Element page = html.body().appendElement("section").addClass("signatures");
        page.appendElement("h2").text(text("pact.pdf.signatures", locale));
        if (edition > 1) {
            page.appendElement("p").text(text("pact.pdf.edition", locale, edition, version.number()));
        }
        page.appendElement("p").text(text("pact.pdf.signatures.intro", locale, version.number(), version.sha256()));
        Element table = page.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("organisation", "name", "category", "method", "at")) {
            head.appendElement("th").attr("scope", "col").text(text("pact.pdf.column." + column, locale));
        }
        Element rows = table.appendElement("tbody");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(zone);
        for (Signatory signatory : signatories) {
            Element row = rows.appendElement("tr");
            row.appendElement("td").text(signatory.organisation());
            row.appendElement("td").text(signatory.name());
            row.appendElement("td").text(text("pact.pdf.category." + signatory.category(), locale));
            row.appendElement("td").text(text("pact.pdf.method." + signatory.method(), locale)
                    + (signatory.withdrawnAt() == null ? "" : " · " + text("pact.pdf.withdrawn", locale,
                            when.format(signatory.withdrawnAt()))));
            row.appendElement("td").text(when.format(signatory.at()) + " (" + zoneName(zone, locale) + ")");
        }
        if (certificate != null) {
            certificate.appendTo(html.body(), locale, zone, messages);
        }
        return pdf(version, html);
    }

    private static byte[] pdf(PactVersion version, Document html) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfAConformance(PdfAConformance.PDFA_3_A)
                    .usePdfUaAccessibility(true)
                    .useColorProfile(SRGB)
                    .useFont(PactPdf::font, FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withProducer("Copact")
                    .withW3cDocument(new W3CDom().fromJsoup(html), "about:blank")
                    .toStream(pdf)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF of pact version " + version.id() + " could not be written", e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font() {
        return PactPdf.class.getResourceAsStream(FONT);
    }

    Document html(PactVersion version, String roundTitle, Locale locale, ZoneId zone) {
        String title = text("pact.pdf.title", locale, roundTitle, version.number());
        Document html = Document.createShell("");
        html.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        html.child(0).attr("lang", locale.toLanguageTag());
        html.head().appendElement("meta").attr("charset", "UTF-8");
        html.head().appendElement("title").text(title);
        html.head().appendElement("meta").attr("name", "subject").attr("content", version.sha256());
        html.head().appendElement("style").text(css(version, locale));
        Element body = html.body();
        body.appendElement("h1").text(roundTitle);
        body.appendElement("p").addClass("meta").text(text("pact.pdf.version", locale, version.number()) + " · "
                + text("pact.pdf.published", locale, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG,
                        FormatStyle.SHORT).withLocale(locale).withZone(zone).format(version.createdAt())
                        + " (" + zoneName(zone, locale) + ")"));
        body.appendElement("p").addClass("meta").text("SHA-256: " + version.sha256());
        if (version.changeSummary() != null && !version.changeSummary().isBlank()) {
            body.appendElement("p").addClass("meta")
                    .text(text("pact.pdf.changes", locale, version.changeSummary().strip()));
        }
        new PactHtml(messages, locale, 2).append(body, version.document());
        return html;
    }

    /** a region's zone by its name in the reader's language; an offset as UTC+02:00 */
    private static String zoneName(ZoneId zone, Locale locale) {
        if (zone instanceof ZoneOffset offset) {
            return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        }
        return zone.getDisplayName(TextStyle.FULL, locale);
    }

    private String css(PactVersion version, Locale locale) {
        String footer = cssString(text("pact.pdf.version", locale, version.number()) + " · SHA-256 "
                + version.sha256());
        String[] page = text("pact.pdf.page", locale, "\u0000", "\u0001").split("[\u0000\u0001]", -1);
        String pages = page.length == 3
                ? cssString(page[0]) + " counter(page) " + cssString(page[1]) + " counter(pages) " + cssString(page[2])
                : "counter(page)";
        return "@page { size: A4; margin: 22mm 20mm 24mm 20mm;"
                + " @bottom-left { content: " + footer + "; font-family: '" + FONT_FAMILY + "'; font-size: 7pt; }"
                + " @bottom-right { content: " + pages + "; font-family: '" + FONT_FAMILY + "'; font-size: 7pt; } }"
                + " body { font-family: '" + FONT_FAMILY + "'; font-size: 11pt; line-height: 1.4; }"
                + " h1 { font-size: 18pt; font-weight: normal; margin: 0 0 6pt 0; }"
                + " .meta { font-size: 9pt; margin: 0 0 3pt 0; }"
                + " .text { margin-top: 14pt; } .text p { margin: 0 0 8pt 0; }"
                + " .text h2 { font-size: 13pt; font-weight: normal; margin: 12pt 0 4pt 0; }"
                + " .text h3 { font-size: 11pt; font-weight: normal; margin: 8pt 0 3pt 0; }"
                + " table.commitment th { width: 30%; font-weight: normal; }"
                + " .signatures, .certificate { page-break-before: always; } h2 { font-size: 14pt; font-weight: normal; }"
                + " h3 { font-size: 11pt; font-weight: normal; margin: 10pt 0 4pt 0; }"
                + " .hash { font-size: 7pt; word-wrap: break-word; } .certificate p { font-size: 8pt; }"
                + " .when { white-space: nowrap; }"
                + " table { border-collapse: collapse; width: 100%; font-size: 9pt; }"
                + " th, td { border: 0.5pt solid #555; padding: 3pt; text-align: left; vertical-align: top;"
                + " word-wrap: break-word; }";
    }

    /** A CSS string literal of any text: quotes, backslashes and line ends escaped. */
    static String cssString(String text) {
        StringBuilder css = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c < 0x20 || c == 0x7f) {
                css.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                css.appendCodePoint(c);
            }
        });
        return css.append('"').toString();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
