package org.copact.process.accession;

import java.util.UUID;
import org.copact.mail.FacilitatorNotices;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.process.StakeholderMails;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.round.RoundTimes;
import org.copact.signing.Accession;
import org.copact.signing.AccessionStatus;
import org.copact.signing.Accessions;
import org.copact.signing.SealedPacts;
import org.copact.signing.Withdrawals;
import org.copact.stakeholder.Participations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails of an accession and of a withdrawal, each in the reader's language, once per occasion:
 * to the organisation with a fresh personal link (the invitation with the pact in force, a request
 * for changes with its reason, the edition it signed, a reminder of the due date, and why it ended
 * unsigned), to the facilitators of the round's region (an accession signed or lapsed).
 * Called from asynchronous steps of {@code pact-accession.bpmn} and after a withdrawal, so a failure
 * to send is retried.
 */
@Component("accessionMails")
public class AccessionMails {

    static final String INVITATION = "accession-invitation";
    static final String CHANGES = "accession-changes";
    static final String ACCEDED = "accession-acceded";
    static final String FACILITATOR_ACCEDED = "facilitator-accession-acceded";
    static final String REFUSED = "accession-refused";
    static final String CANCELLED = "accession-cancelled";
    static final String REMINDER = "accession-reminder";
    static final String LAPSED = "accession-lapsed";
    static final String FACILITATOR_LAPSED = "facilitator-accession-lapsed";
    static final String WITHDRAWAL = "pact-withdrawal";
    static final String FACILITATOR_WITHDRAWN = "facilitator-pact-withdrawn";

    private final StakeholderMails stakeholderMails;
    private final FacilitatorNotices notices;
    private final Accessions accessions;
    private final PactService pacts;
    private final RoundService rounds;
    private final SealedPacts sealedPacts;
    private final Participations participations;

    AccessionMails(StakeholderMails stakeholderMails, FacilitatorNotices notices, Accessions accessions,
            PactService pacts, RoundService rounds, SealedPacts sealedPacts, Participations participations) {
        this.stakeholderMails = stakeholderMails;
        this.notices = notices;
        this.accessions = accessions;
        this.pacts = pacts;
        this.rounds = rounds;
        this.sealedPacts = sealedPacts;
        this.participations = participations;
    }

    /** The invitation: the version in force ({3}: its number and SHA-256) and the link to read and answer. */
    @Transactional
    public void invite(String accessionId) {
        Accession accession = accessions.accession(UUID.fromString(accessionId));
        PactVersion version = pacts.version(accession.pactVersionId());
        stakeholderMails.sendToStakeholder(accession.participationId(), INVITATION,
                locale -> version.number() + " (SHA-256 " + version.sha256() + ")", accessionId);
    }

    /** What the facilitator asked to change ({3}), once per review. */
    @Transactional
    public void requestChanges(String accessionId, String reviewId) {
        Accession accession = accessions.accession(UUID.fromString(accessionId));
        stakeholderMails.sendToStakeholder(accession.participationId(), CHANGES, locale -> accession.changeReason(),
                accessionId + "/" + reviewId);
    }

    /** The organisation acceded: it and the facilitators learn the edition sealed with it ({3}: number and SHA-256). */
    @Transactional
    public void acceded(String accessionId) {
        Accession accession = accessions.accession(UUID.fromString(accessionId));
        Round round = rounds.round(accession.roundId());
        SealedPacts.SealedPact edition = sealedPacts.sealed(round.id())
                .orElseThrow(() -> new IllegalStateException("No sealed pact in round " + round.id()));
        String detail = edition.edition() + " (SHA-256 " + edition.sha256() + ")";
        stakeholderMails.sendToStakeholder(accession.participationId(), ACCEDED, locale -> detail, accessionId);
        notices.tell(round, accession.participationId(), FACILITATOR_ACCEDED, accessionId,
                organisation(accession.participationId()), round.title(), detail);
    }

    /** The facilitator refused the sheet: the organisation reads why ({3}). */
    @Transactional
    public void refused(String accessionId) {
        Accession accession = accessions.accession(UUID.fromString(accessionId));
        stakeholderMails.sendToStakeholder(accession.participationId(), REFUSED, locale -> accession.endReason(),
                accessionId);
    }

    /** The facilitator cancelled the invitation: the organisation reads why ({3}). */
    @Transactional
    public void cancelled(String accessionId) {
        Accession accession = accessions.accession(UUID.fromString(accessionId));
        stakeholderMails.sendToStakeholder(accession.participationId(), CANCELLED, locale -> accession.endReason(),
                accessionId);
    }

    /** Before the due date ({3}), while it is the organisation's turn: to write, change or sign its sheet. */
    @Transactional
    public void remind(String accessionId) {
        Accession accession = accessions.accession(UUID.fromString(accessionId));
        if (!accession.status().open() || accession.status() == AccessionStatus.SUBMITTED) {
            return;
        }
        Round round = rounds.round(accession.roundId());
        stakeholderMails.sendToStakeholder(accession.participationId(), REMINDER,
                locale -> lastDay(accession, round, locale), accessionId);
    }

    /**
     * The due date passed unsigned: the lapse is recorded, the organisation and the facilitators told
     * ({3}: the due date), in one step that a failure retries whole.
     */
    @Transactional
    public void lapse(String accessionId) {
        Accession accession = accessions.lapse(UUID.fromString(accessionId));
        Round round = rounds.round(accession.roundId());
        stakeholderMails.sendToStakeholder(accession.participationId(), LAPSED,
                locale -> lastDay(accession, round, locale), accessionId);
        notices.tell(round, accession.participationId(), FACILITATOR_LAPSED, accessionId,
                organisation(accession.participationId()), round.title(),
                (FacilitatorNotices.PerLanguage) locale -> lastDay(accession, round, locale));
    }

    /** the last day to sign, as the reader writes a day: the due date is the start of the day after it */
    private static String lastDay(Accession accession, Round round, java.util.Locale locale) {
        return RoundTimes.formatDay(accession.dueAt().minusSeconds(1), round.timeZone(), locale);
    }

    /** A signatory withdrew: it gets a confirmation, the facilitators its reason; {3} is the reason. */
    @Transactional
    public void withdrawn(Withdrawals.Withdrawal withdrawal) {
        Round round = rounds.round(withdrawal.roundId());
        stakeholderMails.sendToStakeholder(withdrawal.participationId(), WITHDRAWAL, locale -> withdrawal.reason(),
                withdrawal.id().toString());
        notices.tell(round, withdrawal.participationId(), FACILITATOR_WITHDRAWN, withdrawal.id().toString(),
                organisation(withdrawal.participationId()), round.title(), withdrawal.reason());
    }

    private String organisation(UUID participationId) {
        return participations.participation(participationId).contact().organisation();
    }
}
