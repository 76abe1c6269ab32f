package org.copact.process.signature;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.copact.pact.PactService;
import org.copact.process.ProcessVariables;
import org.copact.signing.Signature;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningService;
import org.copact.stakeholder.Participations;
import org.copact.tasks.OpenTaskRef;
import org.springframework.stereotype.Component;

/**
 * A signatory declined and the signing rule can still be met: a facilitator continues without them
 * or reopens drafting. The decision is on record (the history) with who took it.
 */
@Component
class DecideOnDeclineStep extends SignatureDecisionStep {

    static final String REOPEN = "REOPEN";

    private final TaskService engineTasks;
    private final SigningService signing;
    private final Participations participations;

    DecideOnDeclineStep(TaskService engineTasks, PactService pacts, SigningService signing,
            Participations participations, SignatureRules rules) {
        super(pacts, rules);
        this.engineTasks = engineTasks;
        this.signing = signing;
        this.participations = participations;
    }

    @Override
    public String taskKey() {
        return PactSignatureProcess.TASK_DECIDE_ON_DECLINE;
    }

    /** Who declined, and why. */
    @Override
    void putCause(OpenTaskRef task, Map<String, Object> context) {
        UUID decliner = decliner(task);
        context.put("signatory", participations.find(decliner).map(p -> p.contact().organisation()).orElseThrow());
        context.put("reason", signing.signatures(task.pactVersionId()).stream()
                .filter(s -> s.participationId().equals(decliner) && s.decision() == SignatureDecision.DECLINE)
                .map(Signature::reason).findFirst().orElse(""));
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        boolean reopen = REOPEN.equals(values.get(DECISION));
        signing.decideOnDecline(task.pactVersionId(), decliner(task), reopen, task.actor());
        return Map.of(ProcessVariables.SIGNATURE_REOPENED, reopen);
    }

    /** The signatory who declined: the participation of the signatory's instance the task runs in. */
    private UUID decliner(OpenTaskRef task) {
        return UUID.fromString((String) engineTasks.getVariables(task.taskId(),
                List.of(ProcessVariables.PARTICIPATION_ID)).get(ProcessVariables.PARTICIPATION_ID));
    }
}
