package org.copact.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;
import org.copact.round.RoundTimes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A round's timeline in the reader's language. The audit record keeps each summary as written
 * (it is hash-chained and never changes), and the engine keeps each step's name as the model
 * gives it; the reader sees them from the bundles instead: a step by its BPMN id
 * ({@code history.step.<id>}), an entry by its type ({@code history.event.<type>} and
 * {@code history.audit.<type>}, whose arguments are the entry's details named below). A step or
 * entry the bundles do not know yet keeps its own words. A detail that is a moment (a deadline,
 * stored as ISO-8601) is said as the reader's language writes dates, in the round's time zone.
 */
@Component
public class TimelineTexts {

    /** the pseudo-detail of an edit: the fields it changed (its details' keys), each named in the reader's words */
    static final String CHANGED_FIELDS = "*changedFields";

    /** the details each summary names, in the order of its pattern's arguments */
    static final Map<String, List<String>> ARGUMENTS = Map.ofEntries(
            Map.entry("RoundDefined", List.of("stakeholders")),
            Map.entry("RoundLaunched", List.of("consultationDeadline")),
            Map.entry("StageEntered", List.of("stage")),
            Map.entry("DeadlineExtended", List.of("stage", "from", "to", "reason")),
            Map.entry("StageClosedEarly", List.of("stage", "deadline")),
            Map.entry("ReviewMissed", List.of("version")),
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
            Map.entry("DeclineDecided", List.of("decision")),
            Map.entry("SignatureDeadlineDecided", List.of("extendedTo")),
            Map.entry("SignedCopyConfirmed", List.of("sha256")),
            Map.entry("SignedCopyRejected", List.of("reason")),
            Map.entry("LinksRevoked", List.of("links")),
            Map.entry("RoundRevised", List.of(CHANGED_FIELDS)),
            Map.entry("StakeholderAdded", List.of("organisation", "launched")),
            Map.entry("StakeholderRemoved", List.of("organisation", "launched")),
            Map.entry("ContactFixed", List.of("organisation", "email", "linksRevoked")),
            Map.entry("RoundCancelled", List.of("reason")),
            Map.entry("StakeholderReminded", List.of("task")),
            Map.entry("RemindNowPressed", List.of("taken")),
            Map.entry("ReviewDecided", List.of("version", "outcome")),
            Map.entry("DocumentAdded", List.of("file", "source", "sha256")),
            Map.entry("AccessionInvited", List.of("organisation")),
            Map.entry("AccessionSheetSubmitted", List.of("commitments")),
            Map.entry("AccessionChangesRequested", List.of("reason")),
            Map.entry("AccessionRefused", List.of("reason")),
            Map.entry("AccessionCancelled", List.of("reason")),
            Map.entry("PactAcceded", List.of("sha256")),
            Map.entry("PactWithdrawn", List.of("reason")),
            Map.entry("EditionSealed", List.of("edition", "sealedSha256")));

    /** details whose values are codes, said with these prefixes */
    static final Map<String, String> CODED = Map.ofEntries(Map.entry("stage", "stage."),
            Map.entry("decision", "history.decision."), Map.entry("AttachmentRefused.reason", "history.refused."),
            Map.entry("RemindNowPressed.taken", "history.remindNow."),
            Map.entry("ReviewDecided.outcome", "history.reviewOutcome."),
            Map.entry("DeclineDecided.decision", "history.declineDecision."),
            Map.entry("StakeholderAdded.launched", "history.stakeholderAdded."),
            Map.entry("StakeholderRemoved.launched", "history.stakeholderRemoved."),
            Map.entry("StakeholderReminded.task", "history.step."),
            Map.entry("DocumentAdded.source", "history.documentSource."),
            Map.entry("MailSent.kind", "history.mailKind."),
            Map.entry("ConsultationAnswered.channel", "page.drafting.channel."));

    /**
     * Entries said otherwise when this detail is empty ({@code history.audit.<type>.without}): a
     * deadline moved without a reason, a signature deadline passed rather than extended, a contact
     * fixed without a new address.
     */
    static final Map<String, String> WITHOUT = Map.of("DeadlineExtended", "reason", "SignatureDeadlineDecided",
            "extendedTo", "ContactFixed", "email");

    private final MessageSource messages;

    TimelineTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** zone: the round's, where its deadlines were given ({@link RoundTimes}) */
    public List<TimelineEntry> in(List<TimelineEntry> entries, ZoneId zone, Locale locale) {
        return entries.stream().map(entry -> said(entry, zone, locale)).toList();
    }

    TimelineEntry said(TimelineEntry entry, ZoneId zone, Locale locale) {
        if (entry.step() != null) {
            String name = text("history.step." + entry.step(), entry.name(), locale);
            return entry.said(name == null ? text("history.type." + entry.type(), entry.type(), locale) : name,
                    entry.summary());
        }
        List<String> named = ARGUMENTS.getOrDefault(entry.type(), List.of());
        Map<String, String> details = entry.details() == null ? Map.of() : entry.details();
        String name = text("history.event." + entry.type(), entry.type(), locale);
        if (named.stream().anyMatch(key -> !key.equals(CHANGED_FIELDS) && !details.containsKey(key))) {
            // recorded before its details named everything its words need: kept as written
            return entry.said(name, entry.summary());
        }
        Object[] arguments = named.stream().map(key -> key.equals(CHANGED_FIELDS) ? fields(details, locale)
                : value(entry.type(), key, details.get(key), zone, locale)).toArray();
        String without = WITHOUT.get(entry.type());
        String code = "history.audit." + entry.type()
                + (without != null && details.getOrDefault(without, "").isBlank() ? ".without" : "");
        // the stored summary is no pattern: it is kept as written when the bundles do not know its type
        String summary = messages.getMessage(code, arguments, null, locale);
        return entry.said(name, summary == null ? entry.summary() : summary);
    }

    private String fields(Map<String, String> details, Locale locale) {
        return details.keySet().stream().sorted().map(field -> text("history.roundField." + field, field, locale))
                .collect(Collectors.joining(", "));
    }

    private String value(String type, String key, String value, ZoneId zone, Locale locale) {
        String prefix = CODED.getOrDefault(type + "." + key, CODED.get(key));
        if (value == null) {
            return "";
        }
        if (prefix == null) {
            return moment(value).map(at -> RoundTimes.format(at, zone, locale)).orElse(value);
        }
        return text(prefix + value, value, locale);
    }

    /** a detail that holds a moment, as the record keeps it ({@link Instant#toString()}) */
    private static Optional<Instant> moment(String value) {
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException notAMoment) {
            return Optional.empty();
        }
    }

    private String text(String code, String otherwise, Locale locale) {
        return messages.getMessage(code, null, otherwise, locale);
    }
}
