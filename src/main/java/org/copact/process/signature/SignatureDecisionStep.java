package org.copact.process.signature;

import java.util.LinkedHashMap;
import java.util.Map;
import org.copact.pact.PactService;
import org.copact.process.TaskContexts;
import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.TaskStep;

/**
 * A facilitator's decision when the signature stage cannot go on as planned (a signatory declined,
 * the deadline passed): its form shows what brought it about, the version at stake, the signing rule
 * and how many signatures are still awaited. Each decision is taken afresh, never from an earlier one.
 */
abstract class SignatureDecisionStep implements TaskStep {

    static final String DECISION = "decision";

    final PactService pacts;
    final SignatureRules rules;

    SignatureDecisionStep(PactService pacts, SignatureRules rules) {
        this.pacts = pacts;
        this.rules = rules;
    }

    @Override
    public Map<String, Object> context(OpenTaskRef task) {
        Map<String, Object> context = new LinkedHashMap<>();
        putCause(task, context);
        context.put("pactVersion", TaskContexts.version(pacts.version(task.pactVersionId())));
        context.put("signingRule", rules.policy(task.roundId()));
        context.put("awaiting", rules.awaiting(task.roundId().toString(), task.pactVersionId().toString()).size());
        return context;
    }

    /** What brought the decision about, shown first on its form; nothing beyond the task itself by default. */
    void putCause(OpenTaskRef task, Map<String, Object> context) {
    }

    @Override
    public final boolean startsFromEarlierAnswer() {
        return false;
    }
}
