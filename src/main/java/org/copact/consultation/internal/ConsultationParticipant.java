package org.copact.consultation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.copact.common.ConflictException;
import org.copact.consultation.ConsultationStatus;
import org.springframework.data.domain.Persistable;

/**
 * Where one participation stands in its round's consultation. A participation the consultation
 * has not touched has no row: it is not invited.
 */
@Entity
@Table(name = "consultation_participant")
public class ConsultationParticipant implements Persistable<UUID> {

    @Id
    @Column(name = "participation_id", nullable = false, updatable = false)
    private UUID participationId;

    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID roundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsultationStatus status = ConsultationStatus.NOT_INVITED;

    @Column(name = "invited_at")
    private Instant invitedAt;

    /** inserted without a look-up first, as {@link org.copact.common.AbstractEntity} does */
    @Transient
    private boolean isNew = true;

    protected ConsultationParticipant() {
    }

    public ConsultationParticipant(UUID participationId, UUID roundId) {
        this.participationId = participationId;
        this.roundId = roundId;
    }

    public void markInvited(Instant at) {
        if (invitedAt == null) {
            invitedAt = at;
        }
        if (status == ConsultationStatus.NOT_INVITED) {
            status = ConsultationStatus.INVITED;
        }
    }

    public void markAnswered() {
        if (status == ConsultationStatus.ANSWERED) {
            throw ConflictException.coded("problem.conflict.answered");
        }
        status = ConsultationStatus.ANSWERED;
    }

    /** At the deadline: only someone who has not answered is marked; an answer is never undone. */
    public boolean markNoAnswer() {
        if (status == ConsultationStatus.ANSWERED || status == ConsultationStatus.NO_ANSWER) {
            return false;
        }
        status = ConsultationStatus.NO_ANSWER;
        return true;
    }

    @Override
    public UUID getId() {
        return participationId;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void markNotNew() {
        this.isNew = false;
    }

    public UUID getRoundId() {
        return roundId;
    }

    public ConsultationStatus getStatus() {
        return status;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }
}
