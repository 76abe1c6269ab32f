package org.copact.process.signature;

import org.copact.process.TaskContexts;
import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.TaskStep;
import java.util.Map;
import org.copact.pact.PactService;
import org.copact.process.ProcessVariables;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningService;
import org.springframework.stereotype.Component;

/**
 * A signatory signs the version named by its SHA-256, or declines with a reason; a decline ends
 * the signature stage and sends the pact back to drafting.
 */
@Component
class SignPactStep implements TaskStep {

    static final String SHA256 = "sha256";
    static final String DECISION = "decision";
    static final String REASON = "reason";

    private final SigningService signing;
    private final PactService pacts;
    private final SignatureRules rules;

    SignPactStep(SigningService signing, PactService pacts, SignatureRules rules) {
        this.signing = signing;
        this.pacts = pacts;
        this.rules = rules;
    }

    @Override
    public String taskKey() {
        return PactSignatureProcess.TASK_SIGN_PACT;
    }

    @Override
    public Map<String, Object> context(OpenTaskRef task) {
        return Map.of("pactVersion", TaskContexts.version(pacts.version(task.pactVersionId())),
                "signingRule", rules.policy(task.roundId()));
    }

    /**
     * A signature is given afresh to one version, named by its own hash: the hash and the decision
     * given to an earlier version must not be offered again.
     */
    @Override
    public boolean startsFromEarlierAnswer() {
        return false;
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        SignatureDecision decision = SignatureDecision.valueOf((String) values.get(DECISION));
        signing.record(task.pactVersionId(), task.participationId(), (String) values.get(SHA256), decision,
                (String) values.get(REASON));
        return decision == SignatureDecision.DECLINE ? Map.of(ProcessVariables.PACT_DECLINED, true) : Map.of();
    }
}
