package org.copact.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A round's timeline in the reader's language. The audit record keeps each summary as written
 * (it is hash-chained and never changes), and the engine keeps each step's name as the model
 * gives it; the reader sees them from the bundles instead: a step by its BPMN id
 * ({@code history.step.<id>}), an entry by its type ({@code history.event.<type>} and
 * {@code history.audit.<type>}, whose arguments are the entry's details named below). A step or
 * entry the bundles do not know yet keeps its own words.
 */
@Component
public class TimelineTexts {

    /** the details each summary names, in the order of its pattern's arguments */
    static final Map<String, List<String>> ARGUMENTS = Map.ofEntries(
            Map.entry("RoundDefined", List.of("stakeholders")),
            Map.entry("RoundLaunched", List.of("consultationDeadline")),
            Map.entry("StageEntered", List.of("stage")),
            Map.entry("MailSent", List.of("kind", "to")),
            Map.entry("MailBounced", List.of("to", "failure")),
            Map.entry("AttachmentRefused", List.of("file", "reason")),
            Map.entry("MailTooLarge", List.of("subject")),
            Map.entry("ConsultationAnswered", List.of("channel")),
            Map.entry("PactVersionPublished", List.of("version", "sha256")),
            Map.entry("PactReviewed", List.of("version", "decision")),
            Map.entry("SignatureGiven", List.of("sha256")),
            Map.entry("PactSealed", List.of("sealedSha256")),
            Map.entry("SignatureDeclined", List.of("reason")),
            Map.entry("SignedCopyConfirmed", List.of("sha256")),
            Map.entry("SignedCopyRejected", List.of("reason")),
            Map.entry("LinksRevoked", List.of("links")));

    /** details whose values are codes, said with these prefixes */
    static final Map<String, String> CODED = Map.of("stage", "stage.", "decision", "history.decision.",
            "AttachmentRefused.reason", "history.refused.");

    private final MessageSource messages;

    TimelineTexts(MessageSource messages) {
        this.messages = messages;
    }

    public List<TimelineEntry> in(List<TimelineEntry> entries, Locale locale) {
        return entries.stream().map(entry -> said(entry, locale)).toList();
    }

    TimelineEntry said(TimelineEntry entry, Locale locale) {
        if (entry.step() != null) {
            String name = text("history.step." + entry.step(), entry.name(), locale);
            return entry.said(name == null ? text("history.type." + entry.type(), entry.type(), locale) : name,
                    entry.summary());
        }
        Object[] arguments = ARGUMENTS.getOrDefault(entry.type(), List.of()).stream()
                .map(key -> value(entry.type(), key, entry.details().get(key), locale)).toArray();
        // the stored summary is no pattern: it is kept as written when the bundles do not know its type
        String summary = messages.getMessage("history.audit." + entry.type(), arguments, null, locale);
        return entry.said(text("history.event." + entry.type(), entry.type(), locale),
                summary == null ? entry.summary() : summary);
    }

    private String value(String type, String key, String value, Locale locale) {
        String prefix = CODED.getOrDefault(type + "." + key, CODED.get(key));
        if (value == null || prefix == null) {
            return value == null ? "" : value;
        }
        return text(prefix + value, value, locale);
    }

    private String text(String code, String otherwise, Locale locale) {
        return messages.getMessage(code, null, otherwise, locale);
    }
}
