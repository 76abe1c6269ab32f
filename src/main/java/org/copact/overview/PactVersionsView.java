package org.copact.overview;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.copact.pact.PactDocument;
import org.copact.pact.ReviewDecision;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SignatureMethod;

/** The pact of a round: every version with its hash, its document, and what reviewers and signatories said of it. */
public record PactVersionsView(UUID roundId, List<Version> versions) {

    public record Version(UUID id, int number, String sha256, String text, String changeSummary, String createdBy,
            Instant createdAt, List<Review> reviews, List<SignatureView> signatures, PactDocument document) {
    }

    public record Review(UUID participationId, ReviewDecision decision, String comment, Instant at) {
    }

    /** documentId and confirmedBy for a signature given by a signed copy emailed back */
    public record SignatureView(UUID participationId, SignatureDecision decision, String sha256, String reason,
            Instant at, SignatureMethod method, UUID documentId, String confirmedBy) {
    }
}
