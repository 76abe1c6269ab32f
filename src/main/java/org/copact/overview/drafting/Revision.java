package org.copact.overview.drafting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.copact.pact.PactReview;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.pact.ReviewDecision;
import org.copact.signing.Signature;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningService;
import org.copact.stakeholder.Contact;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a revision answers to: the reviews of the latest version (each reviewer's verdict and comment)
 * and every decline of a version put to signature, with its reason. None before a first version.
 */
record Revision(int previousVersion, String previousSha256, List<Review> reviews, List<Decline> declines) {

    record Review(UUID participationId, String organisation, ReviewDecision decision, String comment,
            Instant reviewedAt) {
    }

    record Decline(int version, UUID participationId, String organisation, String reason, Instant declinedAt) {
    }

    @Component
    static class Reader {

        private final PactService pacts;
        private final SigningService signing;
        private final Participations participations;

        Reader(PactService pacts, SigningService signing, Participations participations) {
            this.pacts = pacts;
            this.signing = signing;
            this.participations = participations;
        }

        @Transactional(readOnly = true)
        Optional<Revision> of(UUID roundId) {
            List<PactVersion> versions = pacts.versions(roundId);
            Optional<PactVersion> latest = versions.stream().max((a, b) -> Integer.compare(a.number(), b.number()));
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            List<Review> reviews = new ArrayList<>();
            for (PactReview r : pacts.reviews(latest.get().id())) {
                reviews.add(new Review(r.participationId(), organisation(r.participationId()), r.decision(),
                        r.comment(), r.createdAt()));
            }
            List<Decline> declines = new ArrayList<>();
            for (PactVersion version : versions) {
                for (Signature s : signing.signatures(version.id())) {
                    if (s.decision() == SignatureDecision.DECLINE) {
                        declines.add(new Decline(version.number(), s.participationId(),
                                organisation(s.participationId()), s.reason(), s.createdAt()));
                    }
                }
            }
            return Optional.of(new Revision(latest.get().number(), latest.get().sha256(), reviews, declines));
        }

        private String organisation(UUID participationId) {
            return participations.find(participationId).map(ParticipationView::contact).map(Contact::organisation)
                    .orElse("");
        }
    }
}
