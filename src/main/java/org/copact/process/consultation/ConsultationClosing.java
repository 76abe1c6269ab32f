package org.copact.process.consultation;

import java.util.UUID;
import org.copact.consultation.ConsultationService;
import org.springframework.stereotype.Component;

/** Called at the consultation deadline: marks who did not answer, so the round can go on. */
@Component("consultationClosing")
public class ConsultationClosing {

    private final ConsultationService consultation;

    ConsultationClosing(ConsultationService consultation) {
        this.consultation = consultation;
    }

    public int close(String roundId) {
        return consultation.markUnanswered(UUID.fromString(roundId));
    }
}
