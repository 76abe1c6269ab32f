package org.copact.pact;

import java.time.Instant;
import java.util.UUID;

/**
 * One published version of a round's pact, as it will stay: versions are never changed once published.
 *
 * @param sha256 the SHA-256 of the document's canonical form ({@link PactCanonicalForm}): what a
 *        signatory signs
 * @param text the document's clauses as one Markdown text, for the places that show the pact as prose
 * @param document the structured pact: clauses, commitments, commitment sheets
 */
public record PactVersion(UUID id, UUID roundId, int number, String sha256, String text, String changeSummary,
        String createdBy, Instant createdAt, PactDocument document) {

    /** A version known only by its text (as before structured pacts): its paragraphs are its clauses. */
    public PactVersion(UUID id, UUID roundId, int number, String sha256, String text, String changeSummary,
            String createdBy, Instant createdAt) {
        this(id, roundId, number, sha256, text, changeSummary, createdBy, createdAt,
                PactTexts.imported(null, text, null));
    }
}
