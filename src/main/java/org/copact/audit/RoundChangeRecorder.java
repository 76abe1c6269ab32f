package org.copact.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.copact.round.RoundEvents.ContactFixed;
import org.copact.round.RoundEvents.RoundCancelled;
import org.copact.round.RoundEvents.RoundRevised;
import org.copact.round.RoundEvents.StakeholderAdded;
import org.copact.round.RoundEvents.StakeholderReminded;
import org.copact.round.RoundEvents.StakeholderRemoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the facilitators' corrections of a round into its record, with who made them, in the
 * transaction of the correction (as {@link AuditRecorder} does for the rest).
 */
@Component
class RoundChangeRecorder {

    private final AuditLog log;

    RoundChangeRecorder(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(RoundRevised e) {
        Map<String, String> details = new LinkedHashMap<>();
        e.changes().forEach((field, change) -> details.put(field, change.before() + " → " + change.after()));
        log.append(e.roundId(), e.at(), e.by(), AuditType.RoundRevised, "Round edited: " + e.changes().keySet().stream()
                .sorted().collect(Collectors.joining(", ")), details);
    }

    @EventListener
    void on(StakeholderAdded e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.StakeholderAdded, "Stakeholder " + e.organisation() + " added"
                + (e.launched() ? " and asked at once" : ""), Map.of("participation", e.participationId().toString(),
                "organisation", text(e.organisation()), "launched", String.valueOf(e.launched())));
    }

    @EventListener
    void on(StakeholderRemoved e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.StakeholderRemoved, "Stakeholder " + e.organisation()
                + " removed" + (e.launched() ? "; their open tasks withdrawn" : ""),
                Map.of("participation", e.participationId().toString(), "organisation", text(e.organisation()),
                        "launched", String.valueOf(e.launched())));
    }

    @EventListener
    void on(ContactFixed e) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("participation", e.participationId().toString());
        details.put("organisation", text(e.organisation()));
        // empty when only the name changed: the history then says the contact was fixed, no more
        details.put("email", e.emailChanged() ? e.oldEmail() + " → " + e.newEmail() : "");
        details.put("linksRevoked", e.emailChanged() ? String.valueOf(e.linksRevoked()) : "");
        log.append(e.roundId(), e.at(), e.by(), AuditType.ContactFixed, "Contact of " + e.organisation() + " fixed"
                + (e.emailChanged() ? ": new address, " + e.linksRevoked() + " old link(s) revoked" : ""), details);
    }

    @EventListener
    void on(RoundCancelled e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.RoundCancelled, "Round cancelled: " + e.reason(),
                Map.of("reason", e.reason()));
    }

    @EventListener
    void on(StakeholderReminded e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.StakeholderReminded,
                "Reminder of " + e.taskKey() + " requested",
                Map.of("participation", e.participationId().toString(), "task", e.taskKey()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
