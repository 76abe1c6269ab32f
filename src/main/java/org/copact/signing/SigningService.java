package org.copact.signing;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records signatures and declines. A signatory signs what they read: the hash they name must be
 * the hash of the version put to signature, or nothing is recorded.
 */
@Service
public class SigningService {

    private final SignatureRepository signatures;
    private final PactService pacts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SigningService(SignatureRepository signatures, PactService pacts, ApplicationEventPublisher events, Clock clock) {
        this.signatures = signatures;
        this.pacts = pacts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Signature record(UUID pactVersionId, UUID participationId, String namedHash, SignatureDecision decision,
            String reason) {
        PactVersion version = pacts.version(pactVersionId);
        if (namedHash == null || !version.sha256().equalsIgnoreCase(namedHash.trim())) {
            throw InvalidInputException.coded("sha256", "step.error.sign.sha256", String.valueOf(version.number()), version.sha256());
        }
        if (decision == SignatureDecision.DECLINE && (reason == null || reason.isBlank())) {
            throw InvalidInputException.coded("reason", "step.error.sign.reason");
        }
        if (signatures.existsByPactVersionIdAndParticipationId(pactVersionId, participationId)) {
            throw ConflictException.coded("problem.conflict.signed");
        }
        Instant now = clock.instant();
        SignatureEntity signature = signatures.save(new SignatureEntity(version.roundId(), pactVersionId, version.sha256(),
                participationId, decision, decision == SignatureDecision.DECLINE ? reason.strip() : null, now));
        if (decision == SignatureDecision.SIGN) {
            events.publishEvent(new SigningEvents.SignatureGiven(version.roundId(), pactVersionId,
                    version.sha256(), participationId, now));
        } else {
            events.publishEvent(new SigningEvents.SignatureDeclined(version.roundId(), pactVersionId,
                    version.sha256(), participationId, signature.getReason(), now));
        }
        return signature.snapshot();
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
