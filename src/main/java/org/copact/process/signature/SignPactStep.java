package org.copact.process.signature;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.copact.common.Language;
import org.copact.pact.PactDiff;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.process.ProcessVariables;
import org.copact.process.ReviewComments;
import org.copact.process.TaskContexts;
import org.copact.round.RoundService;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningService;
import org.copact.stakeholder.Participations;
import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.Submission;
import org.springframework.stereotype.Component;

/**
 * A signatory signs the version their page shows, or declines with a reason, and confirms it with
 * a one-time code mailed to them when they ask for it ({@link CodeSignedStep}): if the version put to
 * signature is no longer the one whose SHA-256 the page carried, nothing is signed. A decline ends the
 * signature stage and sends the pact back to drafting.
 */
@Component
class SignPactStep extends CodeSignedStep {

    static final String DECISION = "decision";
    static final String REASON = "reason";

    private final SigningService signing;
    private final PactService pacts;
    private final SignatureRules rules;
    private final RoundService rounds;
    private final Participations participations;
    private final ReviewComments views;

    SignPactStep(SigningService signing, PactService pacts, SignatureRules rules, RoundService rounds,
            Participations participations, SigningCodeMails codeMails, ReviewComments views) {
        super(codeMails, rounds);
        this.views = views;
        this.signing = signing;
        this.pacts = pacts;
        this.rules = rules;
        this.rounds = rounds;
        this.participations = participations;
    }

    @Override
    public String taskKey() {
        return PactSignatureProcess.TASK_SIGN_PACT;
    }

    /**
     * The version to sign: its text, its SHA-256 (which the page sends back), its PDF, and what changed
     * since the last version the signatory reviewed (or, for one who did not review, since the version
     * before), as {@code changesSinceSeen}.
     */
    @Override
    public Map<String, Object> context(OpenTaskRef task) {
        PactVersion version = pacts.version(task.pactVersionId());
        Map<String, Object> shown = new LinkedHashMap<>(TaskContexts.version(version));
        shown.put("pdf", "/my/pact/versions/" + version.number() + "/pdf");
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("pactVersion", shown);
        views.sinceReviewed(version, task.participationId())
                .or(() -> version.number() == 1 ? Optional.empty()
                        : Optional.of(PactDiff.between(pacts.version(version.roundId(), version.number() - 1), version)))
                .ifPresent(diff -> context.put("changesSinceSeen", diff));
        Map<String, Object> signed = signing(context, version);
        signed.put("signingRule", rules.policy(task.roundId()));
        return signed;
    }

    @Override
    protected Signer signer(OpenTaskRef task) {
        return new Signer(participations.participation(task.participationId()), rounds.round(task.roundId()),
                pacts.version(task.pactVersionId()));
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        SignatureDecision decision = SignatureDecision.valueOf((String) values.get(DECISION));
        Submission submission = task.submission();
        Locale locale = (submission == null || submission.language() == null ? Language.EN : submission.language())
                .locale();
        withCode(task.roundId(), locale, () -> signing.record(task.taskId(), task.pactVersionId(),
                task.participationId(), (String) values.get(SHA256), decision, (String) values.get(REASON),
                (String) values.get(CODE), origin(submission), locale));
        return decision == SignatureDecision.DECLINE ? Map.of(ProcessVariables.PACT_DECLINED, true) : Map.of();
    }
}
