package org.copact.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.copact.common.AbstractEntity;

/**
 * One personal link sent to a stakeholder. Only the SHA-256 of its token is stored, so a copy of
 * the database opens no one's tasks. A link expires, and can be revoked.
 */
@Entity
@Table(name = "stakeholder_link")
class StakeholderLink extends AbstractEntity {

    @Column(name = "participation_id", nullable = false)
    private UUID participationId;

    @Column(name = "round_id", nullable = false)
    private UUID roundId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected StakeholderLink() {
    }

    StakeholderLink(UUID participationId, UUID roundId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.participationId = participationId;
        this.roundId = roundId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    UUID getParticipationId() {
        return participationId;
    }

    UUID getRoundId() {
        return roundId;
    }
}
