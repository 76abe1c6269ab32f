package org.copact.pact;

import java.time.Instant;
import java.util.UUID;

/**
 * The draft of a round's next version as it stands.
 *
 * @param basedOnNumber the published version it was started from, if any
 * @param revision how many times it was saved (0 for a draft never saved), which a save must name to
 *        overwrite it, so that two editors do not undo each other unseen
 */
public record PactDraft(UUID roundId, PactDocument document, Integer basedOnNumber, String updatedBy,
        Instant updatedAt, long revision, boolean saved) {
}
