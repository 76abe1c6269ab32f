package org.copact.process;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.copact.identity.StakeholderLinks;
import org.copact.mail.FacilitatorNotices;
import org.copact.mail.MailOutbox;
import org.copact.mail.OutgoingMail;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.stakeholder.ConsultationStatus;
import org.copact.stakeholder.ParticipationRole;
import org.copact.stakeholder.Participation;
import org.copact.stakeholder.ParticipationRepository;
import org.copact.signing.Signature;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningService;
import org.copact.stakeholder.Stakeholder;
import org.copact.common.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mails the stages send to stakeholders, each in the stakeholder's language and with a fresh
 * personal link. Called from asynchronous BPMN steps: a failure to send is retried by the engine.
 */
@Component("stakeholderMails")
public class StakeholderMails {

    static final String INVITATION = "invitation";
    static final String REMINDER = "reminder";
    static final String REVIEW_REQUEST = "review-request";
    static final String SIGNATURE_REQUEST = "signature-request";
    static final String DECLINE_NOTICE = "decline-notice";
    static final String DEADLINE_NOTICE = "deadline-notice";
    static final String PACT_IN_FORCE = "pact-in-force";
    static final String SIGNED_COPY_REJECTED = "signed-copy-rejected";
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ParticipationRepository participations;
    private final RoundService rounds;
    private final PactService pacts;
    private final SigningService signing;
    private final FacilitatorNotices notices;
    private final StakeholderLinks links;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    StakeholderMails(ParticipationRepository participations, RoundService rounds, PactService pacts,
            SigningService signing, FacilitatorNotices notices, StakeholderLinks links, MailOutbox outbox,
            MessageSource messages, Clock clock, PlatformTransactionManager transactions) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.participations = participations;
        this.rounds = rounds;
        this.pacts = pacts;
        this.signing = signing;
        this.notices = notices;
        this.clock = clock;
        this.links = links;
        this.outbox = outbox;
        this.messages = messages;
    }

    @Transactional
    public void invite(String participationId) {
        Participation participation = participation(participationId);
        Round round = rounds.round(participation.getRoundId());
        send(participation, round, INVITATION, DEADLINE.format(round.getConsultationDeadline()), participationId);
        participation.markInvited(clock.instant());
    }

    /**
     * Before the deadline: a reminder to one participant, if they still have not answered. One
     * asynchronous step per participant, so that one failed mail delays nobody else's and a retry
     * resends nothing.
     */
    @Transactional
    public void remind(String participationId) {
        Participation participation = participation(participationId);
        if (participation.getConsultationStatus() != ConsultationStatus.INVITED) {
            return;
        }
        Round round = rounds.round(participation.getRoundId());
        send(participation, round, REMINDER, DEADLINE.format(round.getConsultationDeadline()), participationId);
    }

    /**
     * The facilitator's "remind now": a reminder to every participant who has not answered yet. Each
     * press is an occasion of its own, so an automatic reminder sent earlier does not swallow it.
     */
    @Transactional
    public int remindAwaitingNow(String roundId) {
        Round round = rounds.round(UUID.fromString(roundId));
        String press = "press-" + clock.millis();
        List<Participation> awaiting = participations.findWithStakeholderByRoundId(round.getId()).stream()
                .filter(p -> p.has(ParticipationRole.PARTICIPANT))
                .filter(p -> p.getConsultationStatus() == ConsultationStatus.INVITED)
                .toList();
        awaiting.forEach(p -> send(p, round, REMINDER, DEADLINE.format(round.getConsultationDeadline()),
                p.getId() + "/" + press));
        return awaiting.size();
    }

    /** At the deadline: tells one participant marked as not having answered that the consultation closed. */
    @Transactional
    public void noticeDeadline(String participationId) {
        Participation participation = participation(participationId);
        if (participation.getConsultationStatus() != ConsultationStatus.NO_ANSWER) {
            return;
        }
        Round round = rounds.round(participation.getRoundId());
        send(participation, round, DEADLINE_NOTICE, DEADLINE.format(round.getConsultationDeadline()),
                participationId);
    }

    /** Tells one stakeholder of the round that the pact is in force, naming the version by its SHA-256. */
    @Transactional
    public void noticePactInForce(String participationId) {
        Participation participation = participation(participationId);
        Round round = rounds.round(participation.getRoundId());
        PactVersion version = pacts.latest(round.getId())
                .orElseThrow(() -> new NotFoundException("No pact version in round " + round.getId()));
        send(participation, round, PACT_IN_FORCE, version.getNumber() + " (SHA-256 " + version.getSha256() + ")",
                participationId);
    }

    @Transactional
    public void requestReview(String participationId, String pactVersionId) {
        Participation participation = participation(participationId);
        PactVersion version = pacts.version(UUID.fromString(pactVersionId));
        send(participation, rounds.round(participation.getRoundId()), REVIEW_REQUEST,
                String.valueOf(version.getNumber()), participationId + "/" + pactVersionId);
    }

    @Transactional
    public void requestSignature(String participationId, String pactVersionId) {
        Participation participation = participation(participationId);
        PactVersion version = pacts.version(UUID.fromString(pactVersionId));
        send(participation, rounds.round(participation.getRoundId()), SIGNATURE_REQUEST,
                version.getNumber() + " (SHA-256 " + version.getSha256() + ")", participationId + "/" + pactVersionId);
    }

    /**
     * Tells a signatory why the copy they emailed back was not accepted as their signature; they can
     * sign through their link or reply with a corrected copy. One mail per rejection, even of the same file.
     */
    @Transactional
    public void noticeSignedCopyRejected(String participationId, String reviewId, String reason) {
        Participation participation = participation(participationId);
        send(participation, rounds.round(participation.getRoundId()), SIGNED_COPY_REJECTED, reason,
                participationId + "/" + reviewId);
    }

    /** Tells the facilitators of the round's region who declined which version, and why. */
    @Transactional
    public int notifyDecline(String roundId, String pactVersionId) {
        Round round = rounds.round(UUID.fromString(roundId));
        PactVersion version = pacts.version(UUID.fromString(pactVersionId));
        List<Signature> declines = signing.signatures(version.getId()).stream()
                .filter(s -> s.getDecision() == SignatureDecision.DECLINE)
                .toList();
        int told = 0;
        for (Signature decline : declines) {
            String organisation = participation(decline.getParticipationId().toString()).getStakeholder()
                    .getOrganisation();
            told += notices.tell(round, decline.getParticipationId(), DECLINE_NOTICE, decline.getId().toString(),
                    organisation, round.getTitle(), version.getNumber(), decline.getReason());
        }
        return told;
    }

    /** Sends unless the mail of this occasion went out before; the personal link is made only for a mail that goes. */
    private void send(Participation participation, Round round, String kind, String detail, String occasion) {
        String key = kind + "/" + occasion;
        if (outbox.hasSent(key)) {
            return;
        }
        Stakeholder stakeholder = participation.getStakeholder();
        Locale locale = stakeholder.getLanguage().locale();
        // committed before the mail goes out: the link works the moment the mail arrives, and stays
        // valid if this step rolls back after the SMTP server took the mail (it is not sent again)
        String link = ownTransaction.execute(status -> links.issue(participation.getId(), round.getId()));
        Object[] arguments = {stakeholder.getContactName(), stakeholder.getOrganisation(), round.getTitle(), detail,
                link};
        String subject = messages.getMessage("mail." + kind + ".subject", arguments, locale);
        String text = messages.getMessage("mail." + kind + ".body", arguments, locale);
        outbox.send(OutgoingMail.toStakeholder(key, stakeholder.getEmail(), stakeholder.getContactName(), subject,
                text, kind, round.getId(), participation.getId()));
    }

    private Participation participation(String participationId) {
        return participations.findWithStakeholderById(UUID.fromString(participationId))
                .orElseThrow(() -> new NotFoundException("No participation " + participationId));
    }
}
