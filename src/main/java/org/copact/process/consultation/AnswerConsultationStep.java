package org.copact.process.consultation;

import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.TaskStep;
import java.util.Map;
import org.copact.consultation.ConsultationService;
import org.copact.stakeholder.ParticipationRepository;
import org.springframework.stereotype.Component;

/** A stakeholder's answer to the consultation: kept as given, the participant marked as answered. */
@Component
class AnswerConsultationStep implements TaskStep {

    private final ConsultationService consultation;
    private final ParticipationRepository participations;

    AnswerConsultationStep(ConsultationService consultation, ParticipationRepository participations) {
        this.consultation = consultation;
        this.participations = participations;
    }

    @Override
    public String taskKey() {
        return StakeholderConsultationProcess.TASK_ANSWER_CONSULTATION;
    }

    @Override
    public Map<String, Object> context(OpenTaskRef task) {
        return participations.findWithStakeholderById(task.participationId())
                .<Map<String, Object>>map(p -> Map.of("organisation", p.getStakeholder().getOrganisation(),
                        "contactName", p.getStakeholder().getContactName()))
                .orElse(Map.of());
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        consultation.record(task.participationId(), values, ConsultationService.CHANNEL_WEB);
        return Map.of();
    }
}
