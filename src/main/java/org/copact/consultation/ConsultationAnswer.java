package org.copact.consultation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One stakeholder's answer to the consultation of a round, as they gave it. */
public record ConsultationAnswer(UUID id, UUID roundId, UUID participationId, Map<String, Object> answers,
        String channel, Instant submittedAt) {
}
