package org.copact.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a round's audit record, as other modules read it: its place in the chain, when,
 * who, what ({@code type}: the event's name, such as {@code SignatureGiven}), its details, its hash.
 */
public record RecordedEvent(int seq, Instant at, String actor, String type, Map<String, String> details,
        String hash) {
}
