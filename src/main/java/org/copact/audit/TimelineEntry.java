package org.copact.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One line of a round's timeline: a step of its processes (source "engine") or an entry of its
 * audit record (source "audit"), with the people it is about named as a reader knows them.
 *
 * @param actorName who did it, by name (a stakeholder's contact, a staff member's name); null for Copact itself
 * @param actorOrganisation the organisation a stakeholder acted for
 * @param actorRoles their roles: a stakeholder's in the round (PARTICIPANT, REVIEWER, SIGNATORY), or FACILITATOR, ADMIN
 * @param concerns the stakeholder an entry of Copact's is about (a mail to them), as "name (organisation)"
 * @param stage the stage the round was in when it happened
 * @param outcome of a task: OPEN, COMPLETED or CANCELLED (withdrawn, or ended by a deadline)
 * @param detail whether it is engine bookkeeping (a service task, an event, a gateway) rather than a person's step
 */
public record TimelineEntry(Instant at, Instant endedAt, String source, String process, String step, String type,
        String name, String actor, String summary, Map<String, String> details, Integer seq, String hash,
        String actorName, String actorOrganisation, List<String> actorRoles, String concerns, String stage,
        String outcome, boolean detail) {

    static final String OPEN = "OPEN";
    static final String COMPLETED = "COMPLETED";
    static final String CANCELLED = "CANCELLED";

    TimelineEntry withStage(String newStage) {
        return new TimelineEntry(at, endedAt, source, process, step, type, name, actor, summary, details, seq, hash,
                actorName, actorOrganisation, actorRoles, concerns, newStage, outcome, detail);
    }

    /** the same line with its name and summary in words of the reader's language */
    TimelineEntry said(String saidName, String saidSummary) {
        return new TimelineEntry(at, endedAt, source, process, step, type, saidName, actor, saidSummary, details, seq,
                hash, actorName, actorOrganisation, actorRoles, concerns, stage, outcome, detail);
    }

    /** whether this entry is about the person searched for: by id, username, name, organisation or email */
    boolean isAbout(String person, Map<String, String> searchable) {
        String wanted = person.strip().toLowerCase(java.util.Locale.ROOT);
        String participation = details == null ? null : details.get("participation");
        return contains(actor, wanted) || contains(participation, wanted)
                || contains(searchable.get(actor), wanted) || contains(searchable.get(participation), wanted);
    }

    private static boolean contains(String text, String wanted) {
        return text != null && !text.isEmpty() && text.toLowerCase(java.util.Locale.ROOT).contains(wanted);
    }
}
