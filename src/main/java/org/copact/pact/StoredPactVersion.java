package org.copact.pact;

import java.time.Instant;
import java.util.UUID;
import org.copact.common.Sha256;
import org.copact.pact.internal.PactVersionEntity;

/**
 * A pact version exactly as stored, so that anyone can recompute its SHA-256: over its canonical
 * document ({@link PactCanonicalForm}), or, for a version from before structured pacts (no document),
 * over its text; and check that its text is its document's clauses ({@link PactTexts#markdown}).
 *
 * @param document the canonical form as stored; null before structured pacts
 */
public record StoredPactVersion(UUID id, int number, String sha256, String text, String document, String createdBy,
        Instant createdAt) {

    /** whether the SHA-256 kept with the version is the one of what it holds */
    public boolean hashMatches() {
        return sha256 != null && sha256.equals(Sha256.hex(document != null ? document : text == null ? "" : text));
    }

    /** whether the text served as prose is the text of its document (always, for a version without one) */
    public boolean textMatchesDocument() {
        if (document == null) {
            return true;
        }
        try {
            return PactVersionEntity.canonical(PactTexts.markdown(PactCanonicalForm.read(document))).equals(text);
        } catch (RuntimeException unreadable) {
            return false;
        }
    }
}
