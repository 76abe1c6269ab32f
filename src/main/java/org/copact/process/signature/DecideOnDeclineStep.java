package org.copact.process.signature;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.copact.pact.PactService;
import org.copact.process.ProcessVariables;
import org.copact.process.TaskContexts;
import org.copact.signing.Signature;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningService;
import org.copact.stakeholder.Participations;
import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.TaskStep;
import org.springframework.stereotype.Component;

/**
 * A signatory declined and the signing rule can still be met: a facilitator continues without them
 * or reopens drafting. The decision is on record (the history) with who took it.
 */
@Component
class DecideOnDeclineStep implements TaskStep {

    static final String DECISION = "decision";
    static final String REOPEN = "REOPEN";

    private final TaskService engineTasks;
    private final PactService pacts;
    private final SigningService signing;
    private final Participations participations;
    private final SignatureRules rules;

    DecideOnDeclineStep(TaskService engineTasks, PactService pacts, SigningService signing,
            Participations participations, SignatureRules rules) {
        this.engineTasks = engineTasks;
        this.pacts = pacts;
        this.signing = signing;
        this.participations = participations;
        this.rules = rules;
    }

    @Override
    public String taskKey() {
        return PactSignatureProcess.TASK_DECIDE_ON_DECLINE;
    }

    @Override
    public Map<String, Object> context(OpenTaskRef task) {
        UUID decliner = decliner(task);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("signatory", participations.find(decliner).map(p -> p.contact().organisation()).orElseThrow());
        context.put("reason", signing.signatures(task.pactVersionId()).stream()
                .filter(s -> s.participationId().equals(decliner) && s.decision() == SignatureDecision.DECLINE)
                .map(Signature::reason).findFirst().orElse(""));
        context.put("pactVersion", TaskContexts.version(pacts.version(task.pactVersionId())));
        context.put("signingRule", rules.policy(task.roundId()));
        context.put("awaiting", rules.awaiting(task.roundId().toString(), task.pactVersionId().toString()).size());
        return context;
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        boolean reopen = REOPEN.equals(values.get(DECISION));
        signing.decideOnDecline(task.pactVersionId(), decliner(task), reopen, task.actor());
        return Map.of(ProcessVariables.SIGNATURE_REOPENED, reopen);
    }

    /** Each decision is taken afresh, on another decline. */
    @Override
    public boolean startsFromEarlierAnswer() {
        return false;
    }

    /** The signatory who declined: the participation of the signatory's instance the task runs in. */
    private UUID decliner(OpenTaskRef task) {
        return UUID.fromString((String) engineTasks.getVariables(task.taskId(),
                List.of(ProcessVariables.PARTICIPATION_ID)).get(ProcessVariables.PARTICIPATION_ID));
    }
}
