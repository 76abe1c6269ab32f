package org.copact.process;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.copact.mail.FacilitatorNotices;
import org.copact.mail.MailEvents.RefusedAttachment;
import org.copact.mail.OutgoingMail;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.round.RoundTimes;
import org.copact.round.SigningPolicyText;
import org.copact.consultation.ConsultationService;
import org.copact.consultation.ConsultationStatus;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
import org.copact.signing.Signature;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SealedPacts;
import org.copact.signing.SigningService;
import org.copact.common.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails the stages send to stakeholders, each in the stakeholder's language and with a fresh
 * personal link. Called from asynchronous BPMN steps: a failure to send is retried by the engine.
 */
@Component("stakeholderMails")
public class StakeholderMails {

    public static final String INVITATION = "invitation";
    static final String REMINDER = "reminder";
    static final String REVIEW_REQUEST = "review-request";
    static final String SIGNATURE_REQUEST = "signature-request";
    static final String DECLINE_NOTICE = "decline-notice";
    static final String DEADLINE_NOTICE = "deadline-notice";
    static final String PACT_IN_FORCE = "pact-in-force";
    static final String SIGNED_COPY_REJECTED = "signed-copy-rejected";
    /** the signed pact goes with the pact-in-force mail up to this size, else it is on the pact page only */
    static final int MAX_ATTACHED = 5 * 1024 * 1024;
    private static final String SEALED_FILE = "signed-pact.pdf";
    static final String TOO_LARGE_NOTICE = "too-large-notice";
    static final String ATTACHMENTS_REFUSED = "attachments-refused";

    private final Participations participations;
    private final ConsultationService consultation;
    private final RoundService rounds;
    private final PactService pacts;
    private final SigningService signing;
    private final FacilitatorNotices notices;
    private final MessageSource messages;
    private final SealedPacts sealedPacts;
    private final StakeholderMailSender sender;

    StakeholderMails(Participations participations, ConsultationService consultation, RoundService rounds,
            PactService pacts, SigningService signing, FacilitatorNotices notices, MessageSource messages,
            SealedPacts sealedPacts, StakeholderMailSender sender) {
        this.sealedPacts = sealedPacts;
        this.sender = sender;
        this.participations = participations;
        this.consultation = consultation;
        this.rounds = rounds;
        this.pacts = pacts;
        this.signing = signing;
        this.notices = notices;
        this.messages = messages;
    }

    @Transactional
    public void invite(String participationId) {
        ParticipationView participation = participation(participationId);
        Round round = rounds.round(participation.roundId());
        send(participation, round, INVITATION, deadline(round), participationId);
        consultation.markInvited(participation.id());
    }

    /**
     * Before the deadline: a reminder to one participant, if they still have not answered. One
     * asynchronous step per participant, so that one failed mail delays nobody else's and a retry
     * resends nothing.
     */
    @Transactional
    public void remind(String participationId) {
        ParticipationView participation = participation(participationId);
        if (consultation.statusOf(participation.id()) != ConsultationStatus.INVITED) {
            return;
        }
        Round round = rounds.round(participation.roundId());
        send(participation, round, REMINDER, deadline(round), participationId);
    }

    /**
     * The facilitator's "remind now": a reminder to one participant, if they still have not answered.
     * Each press is an occasion of its own, so an automatic reminder sent earlier does not swallow it;
     * a retry of the same press resends nothing.
     */
    @Transactional
    public void remindNow(String participationId, String pressId) {
        ParticipationView participation = participation(participationId);
        if (consultation.statusOf(participation.id()) != ConsultationStatus.INVITED) {
            return;
        }
        Round round = rounds.round(participation.roundId());
        send(participation, round, REMINDER, deadline(round),
                participationId + "/" + pressId);
    }

    /** At the deadline: tells one participant marked as not having answered that the consultation closed. */
    @Transactional
    public void noticeDeadline(String participationId) {
        ParticipationView participation = participation(participationId);
        if (consultation.statusOf(participation.id()) != ConsultationStatus.NO_ANSWER) {
            return;
        }
        Round round = rounds.round(participation.roundId());
        send(participation, round, DEADLINE_NOTICE, deadline(round),
                participationId);
    }

    /**
     * Tells one stakeholder of the round that the pact is in force, naming the version by its SHA-256,
     * with the signed pact as Copact sealed it attached (or, above {@link #MAX_ATTACHED} bytes, on
     * their pact page only, which the mail links to).
     */
    @Transactional
    public void noticePactInForce(String participationId) {
        ParticipationView participation = participation(participationId);
        Round round = rounds.round(participation.roundId());
        PactVersion version = pacts.latest(round.id())
                .orElseThrow(() -> new NotFoundException("No pact version in round " + round.id()));
        Optional<SealedPacts.SealedPact> sealed = sealedPacts.sealed(round.id());
        byte[] pdf = sealed.flatMap(s -> sealedPacts.pdf(round.id())).orElse(null);
        boolean attached = pdf != null && pdf.length <= MAX_ATTACHED;
        String note = sealed.map(s -> "mail.pact-in-force." + (attached ? "attached" : "linked")).orElse(null);
        send(participation, round, PACT_IN_FORCE, locale -> version.number() + " (SHA-256 " + version.sha256() + ")",
                participationId, note == null ? locale -> "" : locale -> messages.getMessage(note,
                        new Object[] {sealed.get().sha256()}, locale),
                attached ? List.of(new OutgoingMail.Attachment(SEALED_FILE, "application/pdf", pdf)) : List.of());
    }

    @Transactional
    public void requestReview(String participationId, String pactVersionId) {
        ParticipationView participation = participation(participationId);
        PactVersion version = pacts.version(UUID.fromString(pactVersionId));
        send(participation, rounds.round(participation.roundId()), REVIEW_REQUEST,
                locale -> String.valueOf(version.number()), participationId + "/" + pactVersionId,
                ChangedClauses.line(pacts, messages, version), List.of());
    }

    @Transactional
    public void requestSignature(String participationId, String pactVersionId) {
        ParticipationView participation = participation(participationId);
        PactVersion version = pacts.version(UUID.fromString(pactVersionId));
        Round round = rounds.round(participation.roundId());
        Function<Locale, String> changes = ChangedClauses.line(pacts, messages, version);
        send(participation, round, SIGNATURE_REQUEST, locale -> version.number() + " (SHA-256 " + version.sha256() + ")",
                participationId + "/" + pactVersionId,
                locale -> changes.apply(locale) + "\n\n" + SigningPolicyText.text(round.signingPolicy(), messages, locale),
                List.of());
    }

    /**
     * A mail of this kind to one stakeholder of their round, in their language with a fresh link,
     * unless the mail of this occasion went out before. detail is the mail's {3}, note its {5}.
     */
    public void sendToStakeholder(UUID participationId, String kind, Function<Locale, String> detail,
            String occasion) {
        ParticipationView participation = participation(participationId.toString());
        send(participation, rounds.round(participation.roundId()), kind, detail, occasion);
    }

    /**
     * Tells a signatory why the copy they emailed back was not accepted as their signature; they can
     * sign through their link or reply with a corrected copy. One mail per rejection, even of the same file.
     */
    @Transactional
    public void noticeSignedCopyRejected(String participationId, String reviewId, String reason) {
        ParticipationView participation = participation(participationId);
        send(participation, rounds.round(participation.roundId()), SIGNED_COPY_REJECTED, reason,
                participationId + "/" + reviewId);
    }

    /**
     * Tells the sender of a mail too large to take in that it was not read, how large a mail may be,
     * and how else to send the file (the upload of their page, or a smaller file). Once per mail.
     */
    @Transactional
    public void noticeTooLarge(UUID participationId, UUID inboundMailId, long maxBytes) {
        ParticipationView participation = participation(participationId.toString());
        send(participation, rounds.round(participation.roundId()), TOO_LARGE_NOTICE, size(maxBytes),
                participationId + "/" + inboundMailId);
    }

    /**
     * Tells the sender of a reply which of its files were not kept and why, in their language; the
     * reply itself was taken. Once per mail.
     */
    @Transactional
    public void noticeAttachmentsRefused(UUID participationId, UUID inboundMailId, List<RefusedAttachment> files) {
        ParticipationView participation = participation(participationId.toString());
        Locale locale = participation.contact().language().locale();
        StringBuilder list = new StringBuilder();
        for (RefusedAttachment file : files) {
            String detail = "TOO_LARGE".equals(file.reason()) && file.detail() != null
                    ? size(Long.parseLong(file.detail())) : file.detail();
            list.append(list.isEmpty() ? "" : "\n").append("- ").append(file.fileName()).append(": ")
                    .append(messages.getMessage("mail.refused." + file.reason(), new Object[] {detail}, locale));
        }
        send(participation, rounds.round(participation.roundId()), ATTACHMENTS_REFUSED, list.toString(),
                participationId + "/" + inboundMailId);
    }

    /** A size limit as people read it: 25 MB, 64 KB. */
    private static String size(long bytes) {
        long mega = 1024 * 1024;
        return bytes % mega == 0 ? bytes / mega + " MB" : bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " B";
    }

    /** Tells the facilitators of the round's region who declined which version, and why. */
    @Transactional
    public int notifyDecline(String roundId, String pactVersionId) {
        Round round = rounds.round(UUID.fromString(roundId));
        PactVersion version = pacts.version(UUID.fromString(pactVersionId));
        List<Signature> declines = signing.signatures(version.id()).stream()
                .filter(s -> s.decision() == SignatureDecision.DECLINE)
                .toList();
        int told = 0;
        for (Signature decline : declines) {
            String organisation = participation(decline.participationId().toString()).contact()
                    .organisation();
            told += notices.tell(round, decline.participationId(), DECLINE_NOTICE, decline.id().toString(),
                    organisation, round.title(), version.number(), decline.reason());
        }
        return told;
    }

    /** The consultation deadline as the stakeholder reads it: in the round's time zone, in their language. */
    private static Function<Locale, String> deadline(Round round) {
        return locale -> RoundTimes.format(round.consultationDeadline(), round.timeZone(), locale);
    }

    private void send(ParticipationView participation, Round round, String kind, String detail, String occasion) {
        send(participation, round, kind, locale -> detail, occasion);
    }

    private void send(ParticipationView participation, Round round, String kind, Function<Locale, String> detail,
            String occasion) {
        send(participation, round, kind, detail, occasion, locale -> "", List.of());
    }

    /** A mail of this kind with a fresh personal link ({@link StakeholderMailSender#send}); note: its {5}. */
    void send(ParticipationView participation, Round round, String kind, Function<Locale, String> detail,
            String occasion, Function<Locale, String> note, List<OutgoingMail.Attachment> attachments) {
        sender.send(participation, round, kind, occasion, true, detail, note, attachments);
    }

    private ParticipationView participation(String participationId) {
        return participations.participation(UUID.fromString(participationId));
    }
}
