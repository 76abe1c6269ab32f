package org.copact.signing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.copact.common.AbstractEntity;
import org.copact.signing.Signature;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SignatureMethod;
import org.hibernate.annotations.Immutable;

/** A signatory's signature, or decline with its reason, of one pact version named by its hash. */
@Entity(name = "Signature")
@Immutable
@Table(name = "signature")
public class SignatureEntity extends AbstractEntity {

    @Column(name = "round_id", nullable = false)
    private UUID roundId;

    @Column(name = "pact_version_id", nullable = false)
    private UUID pactVersionId;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "participation_id", nullable = false)
    private UUID participationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignatureDecision decision;

    @Column(columnDefinition = "text")
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignatureMethod method = SignatureMethod.LINK_AND_CODE;

    /** the signed copy, for a signature given by {@link SignatureMethod#SIGNED_COPY} */
    @Column(name = "document_id")
    private UUID documentId;

    /** the facilitator who confirmed the signed copy */
    @Column(name = "confirmed_by", length = 200)
    private String confirmedBy;

    @Column(name = "ip_address", length = 45)
    private String ipAddress;

    @Column(name = "user_agent", length = 500)
    private String userAgent;

    /** for a signed copy: the name of the facilitator who recorded it, and where they recorded it from */
    @Column(name = "recorded_by_name", length = 200)
    private String recordedByName;

    @Column(name = "recorder_ip_address", length = 45)
    private String recorderIpAddress;

    @Column(name = "recorder_user_agent", length = 500)
    private String recorderUserAgent;

    /** the one-time code that confirmed a signature given {@link SignatureMethod#LINK_AND_CODE} */
    @Column(name = "signing_code_id")
    private UUID signingCodeId;

    protected SignatureEntity() {
    }

    private SignatureEntity(UUID roundId, UUID pactVersionId, String sha256, UUID participationId, SignatureDecision decision,
            String reason, Instant createdAt) {
        this.roundId = roundId;
        this.pactVersionId = pactVersionId;
        this.sha256 = sha256;
        this.participationId = participationId;
        this.decision = decision;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    /** Given on Copact's page through the personal link, confirmed by this one-time code, from there. */
    public static SignatureEntity byLinkAndCode(UUID roundId, UUID pactVersionId, String sha256, UUID participationId,
            SignatureDecision decision, String reason, Instant createdAt, UUID signingCodeId, String ipAddress,
            String userAgent) {
        SignatureEntity signature = new SignatureEntity(roundId, pactVersionId, sha256, participationId, decision,
                reason, createdAt);
        signature.method = SignatureMethod.LINK_AND_CODE;
        signature.signingCodeId = signingCodeId;
        signature.ipAddress = ipAddress;
        signature.userAgent = userAgent;
        return signature;
    }

    public static SignatureEntity bySignedCopy(UUID roundId, UUID pactVersionId, String sha256, UUID participationId,
            UUID documentId, String confirmedBy, String recordedByName, String recorderIpAddress,
            String recorderUserAgent, Instant createdAt) {
        SignatureEntity signature = new SignatureEntity(roundId, pactVersionId, sha256, participationId, SignatureDecision.SIGN,
                null, createdAt);
        signature.method = SignatureMethod.SIGNED_COPY;
        signature.documentId = documentId;
        signature.confirmedBy = confirmedBy;
        signature.recordedByName = recordedByName;
        signature.recorderIpAddress = recorderIpAddress;
        signature.recorderUserAgent = recorderUserAgent;
        return signature;
    }

    public Signature snapshot() {
        return new Signature(getId(), roundId, pactVersionId, sha256, participationId, decision, reason, createdAt,
                method, documentId, confirmedBy, ipAddress, userAgent,
                method == SignatureMethod.SIGNED_COPY ? new Signature.Recorder(
                        recordedByName == null ? confirmedBy : recordedByName, recorderIpAddress, recorderUserAgent)
                        : null);
    }

    public UUID getRoundId() {
        return roundId;
    }

    public UUID getPactVersionId() {
        return pactVersionId;
    }

    public String getSha256() {
        return sha256;
    }

    public UUID getParticipationId() {
        return participationId;
    }

    public SignatureDecision getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public SignatureMethod getMethod() {
        return method;
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }
}
