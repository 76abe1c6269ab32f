package org.copact.pact.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.copact.common.AbstractEntity;
import org.copact.common.ConflictException;
import org.copact.pact.CommentAnswerStatus;
import org.copact.pact.PactComment;

/**
 * A reviewer's comment and the facilitator's answer. The comment is fixed once sent with its review,
 * the answer once published with the next version; the database refuses any later change too.
 */
@Entity(name = "PactComment")
@Table(name = "pact_comment")
public class PactCommentEntity extends AbstractEntity {

    @Column(name = "round_id", nullable = false, updatable = false)
    private UUID roundId;

    @Column(name = "pact_version_id", nullable = false, updatable = false)
    private UUID pactVersionId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "participation_id", nullable = false, updatable = false)
    private UUID participationId;

    @Column(nullable = false, updatable = false)
    private String anchor;

    @Column(columnDefinition = "text", nullable = false, updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "review_id")
    private UUID reviewId;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_status")
    private CommentAnswerStatus answerStatus;

    @Column(name = "answer_text", columnDefinition = "text")
    private String answerText;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answer_published_in")
    private Integer answerPublishedIn;

    protected PactCommentEntity() {
    }

    public PactCommentEntity(UUID roundId, UUID pactVersionId, int versionNumber, UUID participationId, String anchor,
            String text, Instant createdAt) {
        this.roundId = roundId;
        this.pactVersionId = pactVersionId;
        this.versionNumber = versionNumber;
        this.participationId = participationId;
        this.anchor = anchor;
        this.text = text;
        this.createdAt = createdAt;
    }

    /** sent with this review: from now on the comment never changes */
    public void send(UUID review) {
        if (reviewId != null) {
            throw new ConflictException("This comment was already sent.");
        }
        reviewId = review;
    }

    public void answer(CommentAnswerStatus status, String explanation, String by, Instant at) {
        if (reviewId == null) {
            throw new IllegalStateException("Only a sent comment is answered");
        }
        if (answerPublishedIn != null) {
            throw new ConflictException("This answer was published with version " + answerPublishedIn
                    + ": it can no longer change.");
        }
        answerStatus = status;
        answerText = explanation;
        answeredBy = by;
        answeredAt = at;
    }

    public void publishAnswerIn(int versionNumberPublished) {
        if (answerStatus != null && answerPublishedIn == null) {
            answerPublishedIn = versionNumberPublished;
        }
    }

    public PactComment snapshot() {
        PactComment.Answer answer = answerStatus == null ? null
                : new PactComment.Answer(answerStatus, answerText, answeredBy, answeredAt, answerPublishedIn);
        return new PactComment(getId(), roundId, pactVersionId, versionNumber, participationId, anchor, text,
                createdAt, reviewId != null, answer);
    }

    public UUID getRoundId() {
        return roundId;
    }

    public UUID getParticipationId() {
        return participationId;
    }

    public UUID getReviewId() {
        return reviewId;
    }
}
