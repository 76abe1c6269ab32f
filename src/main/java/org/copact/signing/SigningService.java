package org.copact.signing;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.copact.common.ConflictException;
import org.copact.common.InvalidInputException;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.signing.internal.SignatureEntity;
import org.copact.signing.internal.SignatureRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records signatures and declines. A signatory signs what they read: the hash their page showed
 * must be the hash of the version put to signature, and a one-time code mailed to them confirms it
 * ({@link SigningCodes}), or nothing is recorded.
 */
@Service
public class SigningService {

    private final SignatureRepository signatures;
    private final PactService pacts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SigningCodes codes;
    private final MessageSource messages;

    SigningService(SignatureRepository signatures, PactService pacts, ApplicationEventPublisher events, Clock clock,
            SigningCodes codes, MessageSource messages) {
        this.codes = codes;
        this.messages = messages;
        this.signatures = signatures;
        this.pacts = pacts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the signature or decline of the version this task puts to signature, confirmed by the
     * one-time code mailed for the task. The hash shown to the signatory must still be the version's:
     * a version that changed meanwhile is refused, saying which version is to be signed now. Nothing
     * is recorded and the code is not spent unless everything holds; a wrong code counts all the same.
     * Field errors are in {@code language}.
     */
    @Transactional
    public Signature record(String taskId, UUID pactVersionId, UUID participationId, String shownHash,
            SignatureDecision decision, String reason, String code, SigningOrigin origin, Locale language) {
        PactVersion version = pacts.version(pactVersionId);
        if (shownHash == null || !version.sha256().equalsIgnoreCase(shownHash.trim())) {
            throw new InvalidInputException("sha256", shownHash == null || shownHash.isBlank()
                    ? text("signing.error.noHash", language, version.number(), version.sha256())
                    : text("signing.error.stale", language, shownHash.trim(), version.number(), version.sha256()));
        }
        if (decision == SignatureDecision.DECLINE && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", text("signing.error.reason", language));
        }
        if (signatures.existsByPactVersionIdAndParticipationId(pactVersionId, participationId)) {
            throw new ConflictException(text("signing.error.answered", language));
        }
        UUID codeId = codes.use(taskId, participationId, code);
        Instant now = clock.instant();
        SignatureEntity signature = signatures.save(SignatureEntity.byLinkAndCode(version.roundId(), pactVersionId,
                version.sha256(), participationId, decision,
                decision == SignatureDecision.DECLINE ? reason.strip() : null, now, codeId, origin.ipAddress(),
                origin.userAgent()));
        if (decision == SignatureDecision.SIGN) {
            events.publishEvent(new SigningEvents.SignatureGiven(version.roundId(), pactVersionId,
                    version.sha256(), participationId, now));
        } else {
            events.publishEvent(new SigningEvents.SignatureDeclined(version.roundId(), pactVersionId,
                    version.sha256(), participationId, signature.getReason(), now));
        }
        return signature.snapshot();
    }

    private String text(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }

    /** A signatory emailed back a PDF as their signature of this version: on record until a facilitator decides. */
    @Transactional
    public void signedCopyReceived(UUID pactVersionId, UUID participationId, UUID documentId) {
        PactVersion version = pacts.version(pactVersionId);
        events.publishEvent(new SigningEvents.SignedCopyReceived(version.roundId(), pactVersionId, participationId,
                documentId, clock.instant()));
    }

    /**
     * A facilitator confirmed that the document is this version, signed by the signatory's
     * organisation: recorded as the signatory's signature, as if they had signed online.
     */
    @Transactional
    public Signature confirmSignedCopy(UUID pactVersionId, UUID participationId, UUID documentId, String confirmedBy) {
        PactVersion version = pacts.version(pactVersionId);
        if (signatures.existsByPactVersionIdAndParticipationId(pactVersionId, participationId)) {
            throw ConflictException.coded("problem.conflict.signatoryAnswered");
        }
        Instant now = clock.instant();
        SignatureEntity signature = signatures.save(SignatureEntity.bySignedCopy(version.roundId(), pactVersionId,
                version.sha256(), participationId, documentId, confirmedBy, now));
        events.publishEvent(new SigningEvents.SignatureGiven(version.roundId(), pactVersionId, version.sha256(),
                participationId, now));
        events.publishEvent(new SigningEvents.SignedCopyConfirmed(version.roundId(), pactVersionId,
                version.sha256(), participationId, documentId, confirmedBy, now));
        return signature.snapshot();
    }

    /** A facilitator did not accept the document as the signature; nothing is signed, the reason is on record. */
    @Transactional
    public void rejectSignedCopy(UUID pactVersionId, UUID participationId, UUID documentId, String reason,
            String rejectedBy) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.coded("reason", "step.error.signedCopy.reason");
        }
        PactVersion version = pacts.version(pactVersionId);
        events.publishEvent(new SigningEvents.SignedCopyRejected(version.roundId(), pactVersionId, participationId,
                documentId, reason.strip(), rejectedBy, clock.instant()));
    }

    /** A facilitator's decision on a decline the rule survives, on record with who took it. */
    @Transactional
    public void decideOnDecline(UUID pactVersionId, UUID participationId, boolean reopen, String by) {
        PactVersion version = pacts.version(pactVersionId);
        events.publishEvent(new SigningEvents.DeclineDecided(version.roundId(), pactVersionId, participationId, reopen,
                by, clock.instant()));
    }

    /** A facilitator's decision at the signature deadline: extended to a later date, or (null) drafting reopened. */
    @Transactional
    public void decideAtDeadline(UUID pactVersionId, Instant extendedTo, String by) {
        if (extendedTo != null && !extendedTo.isAfter(clock.instant())) {
            throw new InvalidInputException("newDeadline", "must be in the future");
        }
        PactVersion version = pacts.version(pactVersionId);
        events.publishEvent(new SigningEvents.SignatureDeadlineDecided(version.roundId(), pactVersionId, extendedTo,
                by, clock.instant()));
    }

    /** The rule was met without this signatory: their request is withdrawn (on record once per notice sent). */
    @Transactional
    public void requestWithdrawn(UUID pactVersionId, UUID participationId) {
        PactVersion version = pacts.version(pactVersionId);
        events.publishEvent(new SigningEvents.SignatureRequestWithdrawn(version.roundId(), pactVersionId,
                participationId, clock.instant()));
    }

    /** The version went back to drafting: this signatory's signature of it lapsed. */
    @Transactional
    public void signatureLapsed(UUID pactVersionId, UUID participationId) {
        PactVersion version = pacts.version(pactVersionId);
        events.publishEvent(new SigningEvents.SignatureLapsed(version.roundId(), pactVersionId, participationId,
                clock.instant()));
    }

    /** Every signing act of the round, of any version, oldest first: the certificate of completion lists them. */
    @Transactional(readOnly = true)
    public List<Signature> signaturesOfRound(UUID roundId) {
        return signatures.findByRoundIdOrderByCreatedAtAsc(roundId).stream().map(SignatureEntity::snapshot).toList();
    }

    @Transactional(readOnly = true)
    public List<Signature> signatures(UUID pactVersionId) {
        return signatures.findByPactVersionIdOrderByCreatedAtAsc(pactVersionId).stream().map(SignatureEntity::snapshot)
                .toList();
    }

    /** The signing rule ALL: in force when every signatory has signed this version. */
    @Transactional(readOnly = true)
    public boolean allSigned(UUID pactVersionId, Collection<UUID> signatoryIds) {
        Set<UUID> signed = signatures(pactVersionId).stream()
                .filter(s -> s.decision() == SignatureDecision.SIGN)
                .map(Signature::participationId)
                .collect(Collectors.toSet());
        return !signatoryIds.isEmpty() && signed.containsAll(signatoryIds);
    }
}
