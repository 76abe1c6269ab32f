package org.copact.consultation;

import java.time.Instant;
import java.util.UUID;

public final class ConsultationEvents {

    private ConsultationEvents() {
    }

    public record ConsultationAnswered(UUID roundId, UUID participationId, String channel, Instant at) {
    }

    public record ConsultationUnanswered(UUID roundId, UUID participationId, Instant at) {
    }
}
