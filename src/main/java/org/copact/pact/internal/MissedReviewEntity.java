package org.copact.pact.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.copact.common.AbstractEntity;
import org.hibernate.annotations.Immutable;

/** A reviewer who had not reviewed a pact version when its review closed. */
@Entity(name = "MissedReview")
@Immutable
@Table(name = "missed_review")
public class MissedReviewEntity extends AbstractEntity {

    @Column(name = "round_id", nullable = false)
    private UUID roundId;

    @Column(name = "pact_version_id", nullable = false)
    private UUID pactVersionId;

    @Column(name = "participation_id", nullable = false)
    private UUID participationId;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    protected MissedReviewEntity() {
    }

    public MissedReviewEntity(UUID roundId, UUID pactVersionId, UUID participationId, Instant markedAt) {
        this.roundId = roundId;
        this.pactVersionId = pactVersionId;
        this.participationId = participationId;
        this.markedAt = markedAt;
    }

    public UUID getParticipationId() {
        return participationId;
    }
}
