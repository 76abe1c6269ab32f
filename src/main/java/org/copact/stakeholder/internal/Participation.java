package org.copact.stakeholder.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.copact.common.AbstractEntity;
import org.copact.stakeholder.ParticipationRole;

/**
 * A stakeholder's part in one round: their roles. Where they stand in the consultation is the
 * consultation's own record.
 */
@Entity
@Table(name = "participation")
public class Participation extends AbstractEntity {

    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID roundId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stakeholder_id", nullable = false)
    private Stakeholder stakeholder;

    @Convert(converter = ParticipationRoleConverter.class)
    @Column(nullable = false)
    private Set<ParticipationRole> roles = new LinkedHashSet<>();

    @Column(name = "removed_at")
    private Instant removedAt;

    protected Participation() {
    }

    public Participation(UUID roundId, Stakeholder stakeholder, Set<ParticipationRole> roles) {
        this.roundId = roundId;
        this.stakeholder = stakeholder;
        this.roles = new LinkedHashSet<>(roles);
    }

    public boolean has(ParticipationRole role) {
        return roles.contains(role);
    }

    /** Taken out of the round: kept for its history, left out of every list of the round's stakeholders. */
    public void remove(Instant at) {
        if (removedAt == null) {
            removedAt = at;
        }
    }

    /** Back in the round (removed by mistake, then added again), with the roles given now. */
    public void restore(Set<ParticipationRole> roles) {
        removedAt = null;
        this.roles = new LinkedHashSet<>(roles);
    }

    /** The contact's address was mistyped: the participation now belongs to the stakeholder of the right one. */
    public void moveTo(Stakeholder corrected) {
        this.stakeholder = corrected;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public UUID getRoundId() {
        return roundId;
    }

    public Stakeholder getStakeholder() {
        return stakeholder;
    }

    public Set<ParticipationRole> getRoles() {
        return Set.copyOf(roles);
    }
}
