package org.copact.pact;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.copact.common.ConflictException;
import org.copact.common.NotFoundException;
import org.copact.pact.internal.PactReviewEntity;
import org.copact.pact.internal.PactReviewRepository;
import org.copact.pact.internal.PactVersionEntity;
import org.copact.pact.internal.PactVersionRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishes pact versions and records the reviews of each. */
@Service
public class PactService {

    private final PactVersionRepository versions;
    private final PactReviewRepository reviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PactService(PactVersionRepository versions, PactReviewRepository reviews, ApplicationEventPublisher events,
            Clock clock) {
        this.versions = versions;
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Publishes a text as the next version: its paragraphs become the clauses of the latest version's
     * document (keeping the ids of the clauses they repeat), or of a new one.
     */
    @Transactional
    public PactVersion publish(UUID roundId, String text, String changeSummary, String author) {
        PactDocument previous = latest(roundId).map(PactVersion::document).orElse(null);
        return publish(roundId, PactTexts.imported(null, text, previous), changeSummary, author);
    }

    @Transactional
    public PactVersion publish(UUID roundId, PactDocument document, String changeSummary, String author) {
        int next = versions.findFirstByRoundIdOrderByNumberDesc(roundId).map(v -> v.getNumber() + 1).orElse(1);
        Instant now = clock.instant();
        PactVersionEntity version = versions.save(new PactVersionEntity(roundId, next, document, changeSummary, author,
                now));
        events.publishEvent(new PactEvents.PactVersionPublished(roundId, version.getId(), next, version.getSha256(),
                author, now));
        return version.snapshot();
    }

    @Transactional
    public PactReview recordReview(UUID pactVersionId, UUID participationId, ReviewDecision decision, String comment) {
        PactVersion version = version(pactVersionId);
        if (reviews.existsByPactVersionIdAndParticipationId(pactVersionId, participationId)) {
            throw ConflictException.coded("problem.conflict.reviewed");
        }
        Instant now = clock.instant();
        PactReviewEntity review = reviews.save(new PactReviewEntity(version.roundId(), pactVersionId, participationId,
                decision, comment, now));
        events.publishEvent(new PactEvents.PactReviewed(version.roundId(), pactVersionId, version.number(),
                participationId, decision, now));
        return review.snapshot();
    }

    @Transactional(readOnly = true)
    public PactVersion version(UUID pactVersionId) {
        return versions.findById(pactVersionId).map(PactVersionEntity::snapshot)
                .orElseThrow(() -> NotFoundException.coded("problem.notFound.pactVersion", pactVersionId));
    }

    /** The version of that number of the round's pact, or a 404 when the round has none of that number. */
    @Transactional(readOnly = true)
    public PactVersion version(UUID roundId, int number) {
        return versions.findByRoundIdAndNumber(roundId, number).map(PactVersionEntity::snapshot)
                .orElseThrow(() -> NotFoundException.coded("problem.notFound.pactVersionNumber", String.valueOf(number)));
    }

    /** The versions, of any round, whose canonical form (or, before structured pacts, text) has this SHA-256. */
    @Transactional(readOnly = true)
    public List<PactVersion> versionsWithHash(String sha256) {
        return versions.findBySha256OrderByCreatedAtAsc(sha256).stream().map(PactVersionEntity::snapshot).toList();
    }

    @Transactional(readOnly = true)
    public List<PactVersion> versions(UUID roundId) {
        return versions.findByRoundIdOrderByNumberAsc(roundId).stream().map(PactVersionEntity::snapshot).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PactVersion> latest(UUID roundId) {
        return versions.findFirstByRoundIdOrderByNumberDesc(roundId).map(PactVersionEntity::snapshot);
    }

    @Transactional(readOnly = true)
    public List<PactReview> reviews(UUID pactVersionId) {
        return reviews.findByPactVersionIdOrderByCreatedAtAsc(pactVersionId).stream().map(PactReviewEntity::snapshot)
                .toList();
    }
}
