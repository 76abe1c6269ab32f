package org.copact.stakeholder.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
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
    @JoinColumn(name = "stakeholder_id", nullable = false, updatable = false)
    private Stakeholder stakeholder;

    @Convert(converter = ParticipationRoleConverter.class)
    @Column(nullable = false)
    private Set<ParticipationRole> roles = new LinkedHashSet<>();

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
