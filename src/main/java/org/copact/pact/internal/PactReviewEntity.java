package org.copact.pact.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.copact.common.AbstractEntity;
import org.copact.pact.PactReview;
import org.copact.pact.ReviewDecision;
import org.hibernate.annotations.Immutable;

/** A reviewer's verdict on one pact version, with the comment that explains a request for changes. */
@Entity(name = "PactReview")
@Immutable
@Table(name = "pact_review")
public class PactReviewEntity extends AbstractEntity {

    @Column(name = "round_id", nullable = false)
    private UUID roundId;

    @Column(name = "pact_version_id", nullable = false)
    private UUID pactVersionId;

    @Column(name = "participation_id", nullable = false)
    private UUID participationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewDecision decision;

    @Column(columnDefinition = "text")
    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PactReviewEntity() {
    }

    public PactReviewEntity(UUID roundId, UUID pactVersionId, UUID participationId, ReviewDecision decision, String comment,
            Instant createdAt) {
        this.roundId = roundId;
        this.pactVersionId = pactVersionId;
        this.participationId = participationId;
        this.decision = decision;
        this.comment = comment;
        this.createdAt = createdAt;
    }

    public PactReview snapshot() {
        return new PactReview(getId(), roundId, pactVersionId, participationId, decision, comment, createdAt);
    }

    public UUID getRoundId() {
        return roundId;
    }

    public UUID getPactVersionId() {
        return pactVersionId;
    }

    public UUID getParticipationId() {
        return participationId;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
