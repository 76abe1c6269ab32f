package org.copact.stakeholder;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.copact.common.AbstractEntity;
import org.copact.common.ConflictException;

/** A stakeholder's part in one round: their roles, and where they stand in the consultation. */
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

    @Enumerated(EnumType.STRING)
    @Column(name = "consultation_status", nullable = false)
    private ConsultationStatus consultationStatus = ConsultationStatus.NOT_INVITED;

    @Column(name = "invited_at")
    private Instant invitedAt;

    protected Participation() {
    }

    public Participation(UUID roundId, Stakeholder stakeholder, Set<ParticipationRole> roles) {
        this.roundId = roundId;
        this.stakeholder = stakeholder;
        this.roles = new LinkedHashSet<>(roles);
    }

    public void markInvited(Instant at) {
        if (invitedAt == null) {
            invitedAt = at;
        }
        if (consultationStatus == ConsultationStatus.NOT_INVITED) {
            consultationStatus = ConsultationStatus.INVITED;
        }
    }

    public void markAnswered() {
        if (consultationStatus == ConsultationStatus.ANSWERED) {
            throw new ConflictException("This consultation was already answered.");
        }
        consultationStatus = ConsultationStatus.ANSWERED;
    }

    /** At the deadline: only someone who has not answered is marked; an answer is never undone. */
    public boolean markNoAnswer() {
        if (consultationStatus == ConsultationStatus.ANSWERED || consultationStatus == ConsultationStatus.NO_ANSWER) {
            return false;
        }
        consultationStatus = ConsultationStatus.NO_ANSWER;
        return true;
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

    public ConsultationStatus getConsultationStatus() {
        return consultationStatus;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }
}
