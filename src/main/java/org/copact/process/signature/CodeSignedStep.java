package org.copact.process.signature;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.copact.common.InvalidInputException;
import org.copact.common.Language;
import org.copact.common.TooManyRequestsException;
import org.copact.pact.PactVersion;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.signing.SigningCodeRefused;
import org.copact.signing.SigningOrigin;
import org.copact.stakeholder.ParticipationView;
import org.copact.tasks.CodeConfirmedStep;
import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.Submission;
import org.copact.tasks.TaskStep;

/**
 * A step signed with a one-time code: a signatory's signature of the version put to signature, an
 * acceding organisation's of the version in force. The page carries the SHA-256 it showed
 * ({@link #SHA256}, a hidden input); the code ({@link #CODE}) is never kept with a draft; a code is
 * mailed on request, at most a few an hour (a refusal is a 429 with the reason); a wrong, expired or
 * locked code is the code field's error. Each answer is given afresh, never from an earlier one.
 */
public abstract class CodeSignedStep implements TaskStep, CodeConfirmedStep {

    public static final String SHA256 = "sha256";
    public static final String CODE = "code";

    private final SigningCodeMails codeMails;
    private final RoundService rounds;

    protected CodeSignedStep(SigningCodeMails codeMails, RoundService rounds) {
        this.codeMails = codeMails;
        this.rounds = rounds;
    }

    /** Who signs this task, in which round, which version: the code goes to them and names the version. */
    public record Signer(ParticipationView participation, Round round, PactVersion version) {
    }

    protected abstract Signer signer(OpenTaskRef task);

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
        Signer signer = signer(task);
        try {
            return codeMails.send(task.taskId(), signer.participation(), signer.round(), signer.version());
        } catch (SigningCodeRefused refused) {
            throw new TooManyRequestsException(codeMails.explain(refused, signer.round(), language.locale()),
                    refused.until());
        }
    }

    /** What every code-signed page shows: how long a code is valid, and the hash the page sends back. */
    protected Map<String, Object> signing(Map<String, Object> context, PactVersion version) {
        Map<String, Object> shown = new LinkedHashMap<>(context);
        shown.put("signing", Map.of("codeValidMinutes", codeMails.validMinutes()));
        // the page sends it back as it showed it (TaskStep#carriedKeys)
        shown.put("carried", Map.of(SHA256, version.sha256()));
        return shown;
    }

    /** Records the signature; a code refused is the code field's error, in {@code locale}. */
    protected <T> T withCode(UUID roundId, Locale locale, Supplier<T> record) {
        try {
            return record.get();
        } catch (SigningCodeRefused refused) {
            throw new InvalidInputException(CODE, codeMails.explain(refused, rounds.round(roundId), locale));
        }
    }

    /** where the submission came from, as the signature records it */
    protected static SigningOrigin origin(Submission submission) {
        return submission == null ? new SigningOrigin(null, null)
                : new SigningOrigin(submission.ipAddress(), submission.userAgent());
    }
}
