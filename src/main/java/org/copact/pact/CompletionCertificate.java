package org.copact.pact;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.springframework.context.MessageSource;

/**
 * The certificate of completion that follows the signature page of the signed pact: every signing
 * act of the round (signatures and declines of any version) with its time, method, IP address and
 * user agent; the round's timeline from its audit record; and the hashes of the version signed and
 * of the documents of the round. Its words are in the pact's language.
 *
 * @param versionSha256 the SHA-256 of the version in force
 * @param lastRecordHash the hash of the latest entry of the round's audit record, which the timeline ends at
 */
public record CompletionCertificate(List<Event> timeline, List<SigningAct> acts, List<DocumentHash> documents,
        String versionSha256, String lastRecordHash) {

    public CompletionCertificate {
        timeline = List.copyOf(timeline);
        acts = List.copyOf(acts);
        documents = List.copyOf(documents);
    }

    /**
     * One step of the round's timeline: {@code kind} names its text ({@code pact.certificate.event.<kind>}),
     * {@code arguments} fill it in (organisations, version numbers, hashes).
     */
    public record Event(Instant at, String kind, List<String> arguments) {
    }

    /**
     * A signature or a decline, of any version of the round: decision SIGN or DECLINE, method as
     * {@code Signature} names it; ipAddress and userAgent the signatory's, null where the act did not come
     * over Copact's pages; recordedBy, for a signed copy, the facilitator who recorded it and from where.
     */
    public record SigningAct(Instant at, String organisation, String name, int version, String sha256,
            String decision, String method, String ipAddress, String userAgent, Recorder recordedBy) {

        public SigningAct(Instant at, String organisation, String name, int version, String sha256, String decision,
                String method, String ipAddress, String userAgent) {
            this(at, organisation, name, version, sha256, decision, method, ipAddress, userAgent, null);
        }
    }

    /** Who recorded an act on the signatory's behalf (a facilitator, by name), from which address and user agent. */
    public record Recorder(String name, String ipAddress, String userAgent) {
    }

    /** A document of the round, by its name and SHA-256. */
    public record DocumentHash(String fileName, String sha256, Instant addedAt) {
    }

    /** Appends the certificate, on a page of its own, to the body of the signed pact. */
    void appendTo(Element body, Locale locale, ZoneId zone, MessageSource messages) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(zone);
        Element page = body.appendElement("section").addClass("certificate");
        page.appendElement("h2").text(text(messages, locale, "pact.certificate.title"));
        page.appendElement("p").text(text(messages, locale, "pact.certificate.intro", versionSha256));

        page.appendElement("h3").text(text(messages, locale, "pact.certificate.acts"));
        Element acts = table(page, messages, locale, "at", "signatory", "act");
        for (SigningAct act : this.acts) {
            Element row = acts.appendElement("tr");
            row.appendElement("td").addClass("when").text(when.format(act.at()));
            row.appendElement("td").text(act.organisation() + " (" + act.name() + ")");
            row.appendElement("td").text(text(messages, locale, "pact.certificate.act." + act.decision(),
                    act.version(), text(messages, locale, "pact.pdf.method." + act.method())))
                    .appendElement("br").parent().appendElement("span").addClass("hash").text("SHA-256 " + act.sha256());
            // where it came from, on a line of its own under the act: a user agent is long
            Element origin = acts.appendElement("tr").appendElement("td").attr("colspan", "3").addClass("origin");
            origin.appendElement("span").addClass("when").text(text(messages, locale, "pact.certificate.ip") + ": "
                    + orDash(act.ipAddress()));
            origin.appendText(" · " + text(messages, locale, "pact.certificate.userAgent") + ": "
                    + orDash(act.userAgent()));
            if (act.recordedBy() != null) {
                // the recorder's own line, so that nobody takes the facilitator's address for the signatory's
                Recorder by = act.recordedBy();
                origin.appendElement("br").parent().appendElement("span").addClass("recorder")
                        .text(text(messages, locale, "pact.certificate.recordedBy", by.name()) + " "
                                + text(messages, locale, "pact.certificate.recorderIp") + ": " + orDash(by.ipAddress())
                                + " · " + text(messages, locale, "pact.certificate.recorderUserAgent") + ": "
                                + orDash(by.userAgent()));
            }
        }

        page.appendElement("h3").text(text(messages, locale, "pact.certificate.timeline"));
        Element events = table(page, messages, locale, "at", "event");
        for (Event event : timeline) {
            Element row = events.appendElement("tr");
            row.appendElement("td").addClass("when").text(when.format(event.at()));
            row.appendElement("td").text(text(messages, locale, "pact.certificate.event." + event.kind(),
                    event.arguments().toArray()));
        }
        page.appendElement("p").addClass("hash").text(text(messages, locale, "pact.certificate.record",
                lastRecordHash == null ? "—" : lastRecordHash));

        page.appendElement("h3").text(text(messages, locale, "pact.certificate.hashes"));
        page.appendElement("p").addClass("hash").text(text(messages, locale, "pact.certificate.version",
                versionSha256));
        if (documents.isEmpty()) {
            page.appendElement("p").text(text(messages, locale, "pact.certificate.noDocuments"));
        }
        for (DocumentHash document : documents) {
            page.appendElement("p").addClass("hash").text(document.fileName() + " (" + when.format(document.addedAt())
                    + "): SHA-256 " + document.sha256());
        }
        page.appendElement("p").addClass("meta").text(text(messages, locale, "pact.certificate.zone",
                zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId()));
    }

    private static Element table(Element page, MessageSource messages, Locale locale, String... columns) {
        Element table = page.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : columns) {
            head.appendElement("th").attr("scope", "col").text(text(messages, locale, "pact.certificate.column."
                    + column));
        }
        return table.appendElement("tbody");
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }

    private static String text(MessageSource messages, Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
