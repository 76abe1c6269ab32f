package org.copact.documents;

import java.time.Instant;
import java.util.UUID;

/** What happens to a round's documents, as past-tense records published inside the transaction that caused them. */
public final class DocumentEvents {

    private DocumentEvents() {
    }

    /**
     * A document reached the round, uploaded or by mail; {@code isNew} is false when the same bytes
     * were there already and only a new holder (or name) was added.
     *
     * @param by who added it: a staff username or a stakeholder as {@code stakeholder:} and their participation
     */
    public record DocumentAdded(UUID roundId, UUID documentId, UUID participationId, String fileName, String sha256,
            String source, String by, boolean isNew, Instant at) {
    }
}
