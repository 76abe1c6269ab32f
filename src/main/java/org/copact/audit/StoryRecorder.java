package org.copact.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.copact.documents.DocumentEvents.DocumentAdded;
import org.copact.pact.PactEvents.ReviewDecided;
import org.copact.round.RoundEvents.ConsultationClosed;
import org.copact.round.RoundEvents.RemindNowPressed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes into the round's audit record what people decide and press beside their tasks: the
 * facilitator's decision on a review, "remind now" with who pressed it, each document added. As in
 * {@link AuditRecorder}, synchronously in the transaction of the change.
 */
@Component
class StoryRecorder {

    private final AuditLog log;

    StoryRecorder(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(ReviewDecided e) {
        String summary = "REVISE".equals(e.outcome()) ? "Decided to revise version " + e.number() + " after its review"
                : "Decided to put version " + e.number() + " to signature after its review";
        log.append(e.roundId(), e.at(), e.by(), AuditType.ReviewDecided, summary, details("version",
                String.valueOf(e.number()), "outcome", e.outcome(), "pactVersion", e.pactVersionId().toString()));
    }

    @EventListener
    void on(RemindNowPressed e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.RemindNowPressed, e.taken()
                ? "Reminders sent now to everyone who has not answered"
                : "Remind now pressed, but no consultation was waiting: nobody was reminded",
                details("taken", String.valueOf(e.taken())));
    }

    @EventListener
    void on(DocumentAdded e) {
        log.append(e.roundId(), e.at(), e.by() == null ? AuditRecorder.SYSTEM : e.by(), AuditType.DocumentAdded,
                (e.isNew() ? "Document \"" : "Document (already kept) \"") + e.fileName() + "\" added by "
                        + e.source() + ", SHA-256 " + e.sha256(),
                details("document", e.documentId().toString(), "file", e.fileName(), "source", e.source(),
                        "sha256", e.sha256(), "participation", e.participationId() == null ? ""
                                : e.participationId().toString()));
    }

    @EventListener
    void on(ConsultationClosed e) {
        log.append(e.roundId(), e.at(), AuditRecorder.SYSTEM, AuditType.ConsultationClosed, "The consultation closed",
                details());
    }

    private static Map<String, String> details(String... keysAndValues) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            details.put(keysAndValues[i], keysAndValues[i + 1] == null ? "" : keysAndValues[i + 1]);
        }
        return details;
    }
}
