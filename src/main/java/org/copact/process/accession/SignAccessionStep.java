package org.copact.process.accession;

import java.util.Locale;
import java.util.Map;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.process.signature.CodeSignedStep;
import org.copact.process.signature.SigningCodeMails;
import org.copact.round.RoundService;
import org.copact.signing.Accession;
import org.copact.signing.Accessions;
import org.copact.signing.Signature;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningService;
import org.copact.stakeholder.Participations;
import org.copact.tasks.OpenTaskRef;
import org.springframework.stereotype.Component;

/**
 * The acceding organisation signs the version in force with its accepted sheet, as the signatories
 * signed ({@link CodeSignedStep}): the page carries the SHA-256 it showed, a one-time code mailed to the
 * organisation confirms it, and the signature is recorded with the version's others.
 */
@Component
class SignAccessionStep extends CodeSignedStep {

    private final AccessionTasks tasks;
    private final Accessions accessions;
    private final SigningService signing;
    private final PactService pacts;
    private final RoundService rounds;
    private final Participations participations;

    SignAccessionStep(AccessionTasks tasks, Accessions accessions, SigningService signing, PactService pacts,
            RoundService rounds, Participations participations, SigningCodeMails codeMails) {
        super(codeMails, rounds);
        this.tasks = tasks;
        this.accessions = accessions;
        this.signing = signing;
        this.pacts = pacts;
        this.rounds = rounds;
        this.participations = participations;
    }

    @Override
    public String taskKey() {
        return AccessionProcess.TASK_SIGN_ACCESSION;
    }

    @Override
    public Map<String, Object> context(OpenTaskRef task) {
        Accession accession = tasks.of(task);
        return signing(tasks.context(accession, true), pacts.version(accession.pactVersionId()));
    }

    @Override
    protected Signer signer(OpenTaskRef task) {
        Accession accession = tasks.of(task);
        return new Signer(participations.participation(accession.participationId()),
                rounds.round(accession.roundId()), pacts.version(accession.pactVersionId()));
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        Accession accession = tasks.of(task);
        PactVersion version = pacts.version(accession.pactVersionId());
        Locale locale = AccessionTasks.locale(task);
        Signature signature = withCode(accession.roundId(), locale, () -> signing.record(task.taskId(), version.id(),
                accession.participationId(), (String) values.get(SHA256), SignatureDecision.SIGN, null,
                (String) values.get(CODE), origin(task.submission()), locale));
        accessions.signed(accession.id(), signature);
        return Map.of();
    }
}
