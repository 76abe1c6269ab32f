package org.copact.pact.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The facilitator's draft of a round's next pact version, in the canonical form of its document. */
@Entity(name = "PactDraft")
@Table(name = "pact_draft")
public class PactDraftEntity {

    @Id
    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID roundId;

    @Column(nullable = false, columnDefinition = "text")
    private String document;

    @Column(name = "based_on_number")
    private Integer basedOnNumber;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long revision;

    protected PactDraftEntity() {
    }

    public PactDraftEntity(UUID roundId) {
        this.roundId = roundId;
    }

    public void change(String document, Integer basedOnNumber, String updatedBy, Instant updatedAt) {
        this.document = document;
        this.basedOnNumber = basedOnNumber;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public UUID getRoundId() {
        return roundId;
    }

    public String getDocument() {
        return document;
    }

    public Integer getBasedOnNumber() {
        return basedOnNumber;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getRevision() {
        return revision;
    }
}
