package org.copact.process.signature;

import java.util.Date;
import java.util.UUID;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.process.StakeholderMails;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.round.RoundTimes;
import org.copact.signing.Signature;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningService;
import org.copact.stakeholder.Participations;
import org.copact.tasks.TaskEnding;
import org.copact.tasks.TaskEndings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails of the signature stage beyond the request, each to one signatory in their language, once
 * per occasion, from an asynchronous step of {@code pact-signature.bpmn}; each also records why the
 * signatory's task ended, so that their link to it explains what happened.
 */
@Component("signatureMails")
public class SignatureMails {

    static final String REMINDER = "signature-reminder";
    static final String EXTENDED = "signature-deadline-extended";
    static final String WITHDRAWN = "signature-withdrawn";
    static final String VERSION_WITHDRAWN = "signature-version-withdrawn";
    static final String LAPSED = "signature-lapsed";

    private final StakeholderMails mails;
    private final PactService pacts;
    private final SigningService signing;
    private final RoundService rounds;
    private final Participations participations;
    private final TaskEndings endings;

    SignatureMails(StakeholderMails mails, PactService pacts, SigningService signing, RoundService rounds,
            Participations participations, TaskEndings endings) {
        this.mails = mails;
        this.pacts = pacts;
        this.signing = signing;
        this.rounds = rounds;
        this.participations = participations;
        this.endings = endings;
    }

    /** Before the deadline, to a signatory whose signature is awaited: one reminder per deadline. */
    @Transactional
    public void remind(String participationId, String pactVersionId, Date deadline) {
        if (answered(participationId, pactVersionId)) {
            return;
        }
        sendWithDeadline(participationId, REMINDER, deadline, pactVersionId);
    }

    /** The deadline was extended: the new date, to a signatory whose signature is still awaited. */
    @Transactional
    public void noticeExtended(String participationId, String pactVersionId, Date deadline) {
        UUID participation = UUID.fromString(participationId);
        PactVersion version = pacts.version(UUID.fromString(pactVersionId));
        endings.record(version.roundId(), participation, PactSignatureProcess.TASK_SIGN_PACT, version.id(),
                TaskEnding.Reason.DEADLINE_PASSED);
        sendWithDeadline(participationId, EXTENDED, deadline, pactVersionId);
    }

    /** The rule was met without this signatory: their request is withdrawn, and they are told. */
    @Transactional
    public void noticeWithdrawn(String participationId, String pactVersionId) {
        UUID participation = UUID.fromString(participationId);
        PactVersion version = pacts.version(UUID.fromString(pactVersionId));
        if (endings.record(version.roundId(), participation, PactSignatureProcess.TASK_SIGN_PACT, version.id(),
                TaskEnding.Reason.WITHDRAWN) > 0) {
            signing.requestWithdrawn(version.id(), participation);
        }
        mails.sendToStakeholder(participation, WITHDRAWN, locale -> String.valueOf(version.number()),
                participationId + "/" + pactVersionId);
    }

    /**
     * The version goes back to drafting: a signatory who had signed it is told that their signature
     * lapsed and a new version will come; one whose request was open, that it is withdrawn.
     */
    @Transactional
    public void noticeVersionWithdrawn(String participationId, String pactVersionId) {
        UUID participation = UUID.fromString(participationId);
        PactVersion version = pacts.version(UUID.fromString(pactVersionId));
        boolean signed = signing.signatures(version.id()).stream().anyMatch(s -> s.participationId()
                .equals(participation) && s.decision() == SignatureDecision.SIGN);
        int recorded = endings.record(version.roundId(), participation, PactSignatureProcess.TASK_SIGN_PACT,
                version.id(), signed ? TaskEnding.Reason.LAPSED : TaskEnding.Reason.VERSION_WITHDRAWN);
        if (signed && recorded > 0) {
            signing.signatureLapsed(version.id(), participation);
        }
        mails.sendToStakeholder(participation, signed ? LAPSED : VERSION_WITHDRAWN,
                locale -> String.valueOf(version.number()), participationId + "/" + pactVersionId);
    }

    private boolean answered(String participationId, String pactVersionId) {
        UUID participation = UUID.fromString(participationId);
        return signing.signatures(UUID.fromString(pactVersionId)).stream().map(Signature::participationId)
                .anyMatch(participation::equals);
    }

    private void sendWithDeadline(String participationId, String kind, Date deadline, String pactVersionId) {
        UUID participation = UUID.fromString(participationId);
        Round round = rounds.round(participations.participation(participation).roundId());
        mails.sendToStakeholder(participation, kind,
                locale -> RoundTimes.format(deadline.toInstant(), round.timeZone(), locale),
                participationId + "/" + pactVersionId + "/" + deadline.toInstant());
    }
}
