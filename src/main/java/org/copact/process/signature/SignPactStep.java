package org.copact.process.signature;

import org.copact.process.TaskContexts;
import org.copact.tasks.CodeConfirmedStep;
import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.TaskStep;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copact.common.InvalidInputException;
import org.copact.common.Language;
import org.copact.common.TooManyRequestsException;
import java.util.Optional;
import org.copact.pact.PactDiff;
import org.copact.pact.PactService;
import org.copact.process.ReviewComments;
import org.copact.pact.PactVersion;
import org.copact.process.ProcessVariables;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningCodeRefused;
import org.copact.signing.SigningOrigin;
import org.copact.signing.SigningService;
import org.copact.stakeholder.Participations;
import org.copact.tasks.Submission;
import org.springframework.stereotype.Component;

/**
 * A signatory signs the version their page shows, or declines with a reason, and confirms it with
 * a one-time code mailed to them when they ask for it. The page carries the SHA-256 of the version
 * it showed ({@link #SHA256}, a hidden input): if the version put to signature is no longer that one,
 * nothing is signed. A decline ends the signature stage and sends the pact back to drafting.
 */
@Component
class SignPactStep implements TaskStep, CodeConfirmedStep {

    static final String SHA256 = "sha256";
    static final String DECISION = "decision";
    static final String REASON = "reason";
    static final String CODE = "code";

    private final SigningService signing;
    private final PactService pacts;
    private final SignatureRules rules;
    private final RoundService rounds;
    private final Participations participations;
    private final SigningCodeMails codeMails;
    private final ReviewComments views;

    SignPactStep(SigningService signing, PactService pacts, SignatureRules rules, RoundService rounds,
            Participations participations, SigningCodeMails codeMails, ReviewComments views) {
        this.views = views;
        this.signing = signing;
        this.pacts = pacts;
        this.rules = rules;
        this.rounds = rounds;
        this.participations = participations;
        this.codeMails = codeMails;
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
        context.put("signing", Map.of("codeValidMinutes", codeMails.validMinutes()));
        context.put("signingRule", rules.policy(task.roundId()));
        // the page sends it back as it showed it (TaskStep#carriedKeys)
        context.put("carried", Map.of(SHA256, version.sha256()));
        return context;
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
    public Set<String> carriedKeys() {
        return Set.of(SHA256);
    }

    @Override
    public Set<String> unkeptKeys() {
        return Set.of(CODE);
    }

    @Override
    public CodeSent sendCode(OpenTaskRef task, Language language) {
        Round round = rounds.round(task.roundId());
        try {
            return codeMails.send(task.taskId(), participations.participation(task.participationId()), round,
                    pacts.version(task.pactVersionId()));
        } catch (SigningCodeRefused refused) {
            throw new TooManyRequestsException(codeMails.explain(refused, round, language.locale()), refused.until());
        }
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        SignatureDecision decision = SignatureDecision.valueOf((String) values.get(DECISION));
        Submission submission = task.submission();
        Locale locale = (submission == null || submission.language() == null ? Language.EN : submission.language())
                .locale();
        SigningOrigin origin = submission == null ? new SigningOrigin(null, null)
                : new SigningOrigin(submission.ipAddress(), submission.userAgent());
        try {
            signing.record(task.taskId(), task.pactVersionId(), task.participationId(), (String) values.get(SHA256),
                    decision, (String) values.get(REASON), (String) values.get(CODE), origin, locale);
        } catch (SigningCodeRefused refused) {
            throw new InvalidInputException(CODE, codeMails.explain(refused, rounds.round(task.roundId()), locale));
        }
        return decision == SignatureDecision.DECLINE ? Map.of(ProcessVariables.PACT_DECLINED, true) : Map.of();
    }
}
