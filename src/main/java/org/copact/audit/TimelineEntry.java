package org.copact.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One line of a round's timeline: a step of its processes (source "engine") or an entry of its
 * audit record (source "audit").
 */
public record TimelineEntry(Instant at, Instant endedAt, String source, String process, String step, String type,
        String name, String actor, String summary, Map<String, String> details, Integer seq, String hash) {

    /** the same line with its name and summary in words of the reader's language */
    TimelineEntry said(String saidName, String saidSummary) {
        return new TimelineEntry(at, endedAt, source, process, step, type, saidName, actor, saidSummary, details, seq,
                hash);
    }
}
