package org.copact.process.drafting;

import org.copact.process.TaskContexts;
import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.TaskStep;
import java.util.List;
import java.util.Map;
import org.copact.consultation.ConsultationService;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.process.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * The facilitator's draft: published as the next immutable pact version. The form shows the
 * consultation's answers and the previous version with what reviewers and signatories said.
 */
@Component
class DraftPactStep implements TaskStep {

    static final String PACT_TEXT = "pactText";
    static final String CHANGE_SUMMARY = "changeSummary";

    private final PactService pacts;
    private final ConsultationService consultation;

    DraftPactStep(PactService pacts, ConsultationService consultation) {
        this.pacts = pacts;
        this.consultation = consultation;
    }

    @Override
    public String taskKey() {
        return PactDraftingProcess.TASK_DRAFT_PACT;
    }

    @Override
    public Map<String, Object> context(OpenTaskRef task) {
        List<Map<String, Object>> answers = consultation.answers(task.roundId()).stream()
                .map(a -> Map.<String, Object>of("participationId", a.participationId(), "answers", a.answers(),
                        "submittedAt", a.submittedAt()))
                .toList();
        // the drafting workspace beside the form: the answers by stakeholder and question, the reviews, the declines
        String workspace = "/rounds/" + task.roundId() + "/drafting";
        return pacts.latest(task.roundId())
                .<Map<String, Object>>map(previous -> Map.of("consultationAnswers", answers,
                        "previousVersion", TaskContexts.version(previous),
                        "reviews", TaskContexts.reviews(pacts.reviews(previous.id())), "workspace", workspace))
                .orElse(Map.of("consultationAnswers", answers, "workspace", workspace));
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        PactVersion version = pacts.publish(task.roundId(), (String) values.get(PACT_TEXT),
                (String) values.get(CHANGE_SUMMARY), task.actor());
        return Map.of(ProcessVariables.PACT_VERSION_ID, version.id().toString());
    }
}
