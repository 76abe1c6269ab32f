package org.copact.consultation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.copact.common.AbstractEntity;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One stakeholder's answer to the consultation of a round, as they gave it. */
@Entity
@Immutable
@Table(name = "consultation_answer")
public class Answer extends AbstractEntity {

    @Column(name = "round_id", nullable = false)
    private UUID roundId;

    @Column(name = "participation_id", nullable = false, unique = true)
    private UUID participationId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private Map<String, Object> answers = new LinkedHashMap<>();

    @Column(nullable = false)
    private String channel;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected Answer() {
    }

    public Answer(UUID roundId, UUID participationId, Map<String, Object> answers, String channel,
            Instant submittedAt) {
        this.roundId = roundId;
        this.participationId = participationId;
        this.answers = new LinkedHashMap<>(answers);
        this.channel = channel;
        this.submittedAt = submittedAt;
    }

    public UUID getRoundId() {
        return roundId;
    }

    public UUID getParticipationId() {
        return participationId;
    }

    public Map<String, Object> getAnswers() {
        return Map.copyOf(answers);
    }

    public String getChannel() {
        return channel;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
