package org.copact.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.copact.identity.Caller;
import org.copact.consultation.ConsultationEvents.ConsultationAnswered;
import org.copact.consultation.ConsultationEvents.ConsultationUnanswered;
import org.copact.mail.MailEvents.AttachmentsRefused;
import org.copact.mail.MailEvents.MailBounced;
import org.copact.mail.MailEvents.MailTooLarge;
import org.copact.mail.MailEvents.RefusedAttachment;
import org.copact.mail.MailEvents.MailSent;
import org.copact.mail.MailEvents.ReplyReceived;
import org.copact.pact.PactEvents.PactReviewed;
import org.copact.pact.PactEvents.PactVersionPublished;
import org.copact.pact.PactEvents.ReviewMissed;
import org.copact.round.RoundEvents.DeadlineExtended;
import org.copact.round.RoundEvents.LinksRevoked;
import org.copact.round.RoundEvents.StageClosedEarly;
import org.copact.round.RoundEvents.PactInForce;
import org.copact.round.RoundEvents.RoundDefined;
import org.copact.round.RoundEvents.RoundLaunched;
import org.copact.round.RoundEvents.StageEntered;
import org.copact.signing.SigningEvents.PactSealed;
import org.copact.signing.SigningEvents.DeclineDecided;
import org.copact.signing.SigningEvents.SignatureDeadlineDecided;
import org.copact.signing.SigningEvents.SignatureDeclined;
import org.copact.signing.SigningEvents.SignatureLapsed;
import org.copact.signing.SigningEvents.SignatureRequestWithdrawn;
import org.copact.signing.SigningEvents.SignatureGiven;
import org.copact.signing.SigningEvents.SignedCopyConfirmed;
import org.copact.signing.SigningEvents.SignedCopyReceived;
import org.copact.signing.SigningEvents.SignedCopyRejected;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every event of a round into its audit record, in the transaction of the change itself:
 * nothing is changed without being recorded, and nothing is recorded that did not happen. Hence
 * every listener here is a synchronous {@code @EventListener}, never an asynchronous
 * {@code @ApplicationModuleListener}: a record written after the commit could be missing, and one
 * that failed would fail the change with it.
 */
@Component
class AuditRecorder {

    static final String SYSTEM = "copact";

    private final AuditLog log;

    AuditRecorder(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(RoundDefined e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.RoundDefined,
                "Round \"" + e.title() + "\" defined with " + e.stakeholders() + " stakeholders",
                details("region", e.regionId(), "stakeholders", String.valueOf(e.stakeholders())));
    }

    @EventListener
    void on(RoundLaunched e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.RoundLaunched,
                "Round launched; consultation open until " + e.consultationDeadline(),
                details("consultationDeadline", e.consultationDeadline().toString(), "reminderAt",
                        e.reminderAt().toString()));
    }

    @EventListener
    void on(StageEntered e) {
        log.append(e.roundId(), e.at(), SYSTEM, AuditType.StageEntered, "Stage " + e.stage() + " entered",
                details("stage", e.stage().name()));
    }

    @EventListener
    void on(DeadlineExtended e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.DeadlineExtended,
                "Deadline of stage " + e.stage() + " moved from "
                + e.from() + " to " + e.to() + (e.reason() == null ? "" : ": " + e.reason()),
                details("stage", e.stage().name(), "from", e.from().toString(), "to", e.to().toString(),
                        "reason", e.reason()));
    }

    @EventListener
    void on(StageClosedEarly e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.StageClosedEarly, "Stage " + e.stage()
                + " closed before its deadline (" + e.deadline() + ")",
                details("stage", e.stage().name(), "deadline", String.valueOf(e.deadline())));
    }

    @EventListener
    void on(ReviewMissed e) {
        log.append(e.roundId(), e.at(), SYSTEM, AuditType.ReviewMissed, "Version " + e.number()
                + " not reviewed when the review closed", details("version", String.valueOf(e.number()),
                        "participation", id(e.participationId())));
    }

    @EventListener
    void on(MailSent e) {
        if (e.roundId() == null) {
            return;
        }
        log.append(e.roundId(), e.at(), SYSTEM, AuditType.MailSent, "Mail '" + e.kind() + "' sent to " + e.toAddress(),
                details("kind", e.kind(), "to", e.toAddress(), "participation", id(e.participationId()),
                        "messageId", e.messageId()));
    }

    @EventListener
    void on(MailBounced e) {
        log.append(e.roundId(), e.at(), SYSTEM, AuditType.MailBounced,
                "Mail to " + e.toAddress() + " could not be delivered: " + e.failure(),
                details("participation", id(e.participationId()), "to", e.toAddress(), "failure", e.failure(),
                        "inboundMail", id(e.inboundMailId())));
    }

    @EventListener
    void on(ReplyReceived e) {
        log.append(e.roundId(), e.at(), stakeholder(e.participationId()), AuditType.ReplyReceived,
                "Reply received by email",
                details("participation", id(e.participationId()), "inboundMail", id(e.inboundMailId())));
    }

    /** One entry per file, so that the round's history names each refused file and why. */
    @EventListener
    void on(AttachmentsRefused e) {
        for (RefusedAttachment file : e.files()) {
            log.append(e.roundId(), e.at(), stakeholder(e.participationId()), AuditType.AttachmentRefused,
                    "Attachment \"" + file.fileName() + "\" refused: " + refusal(file),
                    details("participation", id(e.participationId()), "inboundMail", id(e.inboundMailId()),
                            "file", file.fileName(), "reason", file.reason()));
        }
    }

    @EventListener
    void on(MailTooLarge e) {
        log.append(e.roundId(), e.at(), stakeholder(e.participationId()), AuditType.MailTooLarge,
                "A mail of " + e.sizeBytes() + " bytes (more than " + e.maxBytes() + ") was quarantined unread",
                details("participation", id(e.participationId()), "inboundMail", id(e.inboundMailId()),
                        "subject", e.subject()));
    }

    private static String refusal(RefusedAttachment file) {
        return switch (file.reason()) {
            case "EMPTY" -> "the file is empty";
            case "TOO_LARGE" -> "the file is larger than " + file.detail() + " bytes";
            case "PROGRAM" -> "the file is a program (" + file.detail() + ")";
            default -> file.reason();
        };
    }

    @EventListener
    void on(ConsultationAnswered e) {
        log.append(e.roundId(), e.at(), stakeholder(e.participationId()), AuditType.ConsultationAnswered,
                "Consultation answered (" + e.channel() + ")",
                details("participation", id(e.participationId()), "channel", e.channel()));
    }

    @EventListener
    void on(ConsultationUnanswered e) {
        log.append(e.roundId(), e.at(), SYSTEM, AuditType.ConsultationUnanswered,
                "No answer by the consultation deadline", details("participation", id(e.participationId())));
    }

    @EventListener
    void on(PactVersionPublished e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.PactVersionPublished,
                "Pact version " + e.number() + " published, SHA-256 " + e.sha256(),
                details("version", String.valueOf(e.number()), "sha256", e.sha256(), "pactVersion",
                        id(e.pactVersionId())));
    }

    @EventListener
    void on(PactReviewed e) {
        log.append(e.roundId(), e.at(), stakeholder(e.participationId()), AuditType.PactReviewed,
                "Version " + e.number() + " reviewed: " + e.decision(),
                details("version", String.valueOf(e.number()), "decision", e.decision().name(), "participation",
                        id(e.participationId())));
    }

    @EventListener
    void on(SignatureGiven e) {
        log.append(e.roundId(), e.at(), stakeholder(e.participationId()), AuditType.SignatureGiven,
                "Pact signed, SHA-256 " + e.sha256(),
                details("sha256", e.sha256(), "participation", id(e.participationId()), "pactVersion",
                        id(e.pactVersionId())));
    }

    @EventListener
    void on(PactSealed e) {
        log.append(e.roundId(), e.at(), SYSTEM, AuditType.PactSealed,
                "Signed pact sealed by Copact, SHA-256 of the PDF " + e.sealedSha256(),
                details("sealedSha256", e.sealedSha256(), "versionSha256", e.versionSha256(), "pactVersion",
                        id(e.pactVersionId())));
    }

    @EventListener
    void on(SignatureDeclined e) {
        log.append(e.roundId(), e.at(), stakeholder(e.participationId()), AuditType.SignatureDeclined,
                "Signature declined: " + e.reason(),
                details("sha256", e.sha256(), "participation", id(e.participationId()), "reason", e.reason()));
    }

    @EventListener
    void on(DeclineDecided e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.DeclineDecided, e.reopen()
                ? "Decline decided: drafting reopened" : "Decline decided: the signature goes on without them",
                details("participation", id(e.participationId()), "decision", e.reopen() ? "REOPEN" : "CONTINUE",
                        "pactVersion", id(e.pactVersionId())));
    }

    @EventListener
    void on(SignatureDeadlineDecided e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.SignatureDeadlineDecided, e.extendedTo() == null
                ? "Signature deadline passed: drafting reopened" : "Signature deadline extended to " + e.extendedTo(),
                details("extendedTo", e.extendedTo() == null ? "" : e.extendedTo().toString(), "pactVersion",
                        id(e.pactVersionId())));
    }

    @EventListener
    void on(SignatureRequestWithdrawn e) {
        log.append(e.roundId(), e.at(), SYSTEM, AuditType.SignatureRequestWithdrawn,
                "Signing rule met without them: the request to sign is withdrawn",
                details("participation", id(e.participationId()), "pactVersion", id(e.pactVersionId())));
    }

    @EventListener
    void on(SignatureLapsed e) {
        log.append(e.roundId(), e.at(), SYSTEM, AuditType.SignatureLapsed, "Version withdrawn: the signature lapsed",
                details("participation", id(e.participationId()), "pactVersion", id(e.pactVersionId())));
    }

    @EventListener
    void on(SignedCopyReceived e) {
        log.append(e.roundId(), e.at(), stakeholder(e.participationId()), AuditType.SignedCopyReceived,
                "Signed copy received by email; a facilitator is asked to confirm it",
                details("participation", id(e.participationId()), "document", id(e.documentId()), "pactVersion",
                        id(e.pactVersionId())));
    }

    @EventListener
    void on(SignedCopyConfirmed e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.SignedCopyConfirmed,
                "Signed copy confirmed as the signature of SHA-256 " + e.sha256(),
                details("sha256", e.sha256(), "participation", id(e.participationId()), "document",
                        id(e.documentId()), "pactVersion", id(e.pactVersionId())));
    }

    @EventListener
    void on(SignedCopyRejected e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.SignedCopyRejected, "Signed copy rejected: " + e.reason(),
                details("participation", id(e.participationId()), "document", id(e.documentId()), "reason",
                        e.reason(), "pactVersion", id(e.pactVersionId())));
    }

    @EventListener
    void on(LinksRevoked e) {
        log.append(e.roundId(), e.at(), e.by(), AuditType.LinksRevoked,
                e.links() + " personal link(s) of a stakeholder revoked",
                details("participation", id(e.participationId()), "links", String.valueOf(e.links())));
    }

    @EventListener
    void on(PactInForce e) {
        log.append(e.roundId(), e.at(), SYSTEM, AuditType.PactInForce,
                "The signatures the signing rule asks for are given: the pact is in force",
                details());
    }

    private static String stakeholder(UUID participationId) {
        return Caller.STAKEHOLDER_ACTOR + participationId;
    }

    private static String id(UUID id) {
        return id == null ? "" : id.toString();
    }

    private static Map<String, String> details(String... keysAndValues) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            details.put(keysAndValues[i], keysAndValues[i + 1] == null ? "" : keysAndValues[i + 1]);
        }
        return details;
    }

}
