package org.copact.process.accession;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copact.common.InvalidInputException;
import org.copact.common.Language;
import org.copact.common.TooManyRequestsException;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.process.signature.SigningCodeMails;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.signing.Accession;
import org.copact.signing.Accessions;
import org.copact.signing.Signature;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningCodeRefused;
import org.copact.signing.SigningOrigin;
import org.copact.signing.SigningService;
import org.copact.stakeholder.Participations;
import org.copact.tasks.CodeConfirmedStep;
import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.TaskStep;
import org.springframework.stereotype.Component;

/**
 * The acceding organisation signs the version in force with its accepted sheet, as the signatories
 * signed: the page carries the SHA-256 it showed ({@link #SHA256}), a one-time code mailed to the
 * organisation confirms it, and the signature is recorded with the version's others.
 */
@Component
class SignAccessionStep implements TaskStep, CodeConfirmedStep {

    static final String SHA256 = "sha256";
    static final String CODE = "code";

    private final AccessionTasks tasks;
    private final Accessions accessions;
    private final SigningService signing;
    private final PactService pacts;
    private final RoundService rounds;
    private final Participations participations;
    private final SigningCodeMails codeMails;

    SignAccessionStep(AccessionTasks tasks, Accessions accessions, SigningService signing, PactService pacts,
            RoundService rounds, Participations participations, SigningCodeMails codeMails) {
        this.tasks = tasks;
        this.accessions = accessions;
        this.signing = signing;
        this.pacts = pacts;
        this.rounds = rounds;
        this.participations = participations;
        this.codeMails = codeMails;
    }

    @Override
    public String taskKey() {
        return AccessionProcess.TASK_SIGN_ACCESSION;
    }

    @Override
    public Map<String, Object> context(OpenTaskRef task) {
        Accession accession = tasks.of(task);
        Map<String, Object> context = new LinkedHashMap<>(tasks.context(accession, true));
        context.put("signing", Map.of("codeValidMinutes", codeMails.validMinutes()));
        context.put("carried", Map.of(SHA256, pacts.version(accession.pactVersionId()).sha256()));
        return context;
    }

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
        Accession accession = tasks.of(task);
        Round round = rounds.round(accession.roundId());
        try {
            return codeMails.send(task.taskId(), participations.participation(accession.participationId()), round,
                    pacts.version(accession.pactVersionId()));
        } catch (SigningCodeRefused refused) {
            throw new TooManyRequestsException(codeMails.explain(refused, round, language.locale()), refused.until());
        }
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        Accession accession = tasks.of(task);
        PactVersion version = pacts.version(accession.pactVersionId());
        Locale locale = AccessionTasks.locale(task);
        SigningOrigin origin = task.submission() == null ? new SigningOrigin(null, null)
                : new SigningOrigin(task.submission().ipAddress(), task.submission().userAgent());
        try {
            Signature signature = signing.record(task.taskId(), version.id(), accession.participationId(),
                    (String) values.get(SHA256), SignatureDecision.SIGN, null, (String) values.get(CODE), origin,
                    locale);
            accessions.signed(accession.id(), signature);
        } catch (SigningCodeRefused refused) {
            throw new InvalidInputException(CODE, codeMails.explain(refused, rounds.round(accession.roundId()),
                    locale));
        }
        return Map.of();
    }
}
