package org.copact.pact;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.copact.pact.internal.MissedReviewEntity;
import org.copact.pact.internal.MissedReviewRepository;
import org.copact.pact.internal.PactReviewRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers who had not reviewed a version when its review closed (at the deadline, or early
 * by a facilitator): marked once each, so the facilitator decides knowing who is missing.
 */
@Service
public class MissedReviews {

    private final PactService pacts;
    private final PactReviewRepository reviews;
    private final MissedReviewRepository missed;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MissedReviews(PactService pacts, PactReviewRepository reviews, MissedReviewRepository missed,
            ApplicationEventPublisher events, Clock clock) {
        this.pacts = pacts;
        this.reviews = reviews;
        this.missed = missed;
        this.events = events;
        this.clock = clock;
    }

    /** Marks those of the reviewers who have not reviewed the version; returns who they are. */
    @Transactional
    public List<UUID> mark(UUID pactVersionId, Collection<UUID> reviewers) {
        PactVersion version = pacts.version(pactVersionId);
        Instant now = clock.instant();
        List<UUID> marked = new ArrayList<>();
        for (UUID reviewer : reviewers) {
            if (reviews.existsByPactVersionIdAndParticipationId(pactVersionId, reviewer)
                    || missed.existsByPactVersionIdAndParticipationId(pactVersionId, reviewer)) {
                continue;
            }
            missed.save(new MissedReviewEntity(version.roundId(), pactVersionId, reviewer, now));
            events.publishEvent(new PactEvents.ReviewMissed(version.roundId(), pactVersionId, version.number(),
                    reviewer, now));
            marked.add(reviewer);
        }
        return marked;
    }

    /** Who was marked as not having reviewed this version, in the order they were marked. */
    @Transactional(readOnly = true)
    public List<UUID> of(UUID pactVersionId) {
        return missed.findByPactVersionIdOrderByMarkedAtAsc(pactVersionId).stream()
                .map(MissedReviewEntity::getParticipationId).toList();
    }
}
