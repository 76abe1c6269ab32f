package org.copact.process.consultation;

import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.TaskStep;
import java.util.Map;
import org.copact.consultation.ConsultationService;
import org.copact.stakeholder.Participations;
import org.springframework.stereotype.Component;

/** A stakeholder's answer to the consultation: kept as given, the participant marked as answered. */
@Component
class AnswerConsultationStep implements TaskStep {

    private final ConsultationService consultation;
    private final Participations participations;

    AnswerConsultationStep(ConsultationService consultation, Participations participations) {
        this.consultation = consultation;
        this.participations = participations;
    }

    @Override
    public String taskKey() {
        return StakeholderConsultationProcess.TASK_ANSWER_CONSULTATION;
    }

    @Override
    public Map<String, Object> context(OpenTaskRef task) {
        return participations.find(task.participationId())
                .<Map<String, Object>>map(p -> Map.of("organisation", p.contact().organisation(),
                        "contactName", p.contact().contactName()))
                .orElse(Map.of());
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        consultation.record(task.participationId(), values, ConsultationService.CHANNEL_WEB);
        return Map.of();
    }
}
