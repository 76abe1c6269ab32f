package org.copact.pact;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.copact.common.ConflictException;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.common.NotFoundException;
import org.copact.pact.internal.PactCommentEntity;
import org.copact.pact.internal.PactCommentRepository;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments per clause. While reviewing a version, a reviewer writes comments on its clauses and
 * commitments, or on the whole pact, and may remove them again; their review sends them, after which
 * they never change. The facilitator answers each (accepted, with the change; declined, with a
 * reason) while drafting the next version; publishing that version publishes the answers, and only
 * then do reviewers read them.
 */
@Service
public class PactComments {

    static final int MAX_TEXT = 4_000;
    static final int MAX_PENDING = 200;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t\\r]]");

    private final PactCommentRepository comments;
    private final PactService pacts;
    private final MessageSource messages;
    private final Clock clock;

    PactComments(PactCommentRepository comments, PactService pacts, MessageSource messages, Clock clock) {
        this.comments = comments;
        this.pacts = pacts;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A comment of the reviewer on the version they review, kept with their review until they send it.
     *
     * @param anchor the id of a clause or commitment of the version, or {@link PactComment#WHOLE}
     * @throws InvalidInputException for an anchor the version does not have, or a text missing or too long
     */
    @Transactional
    public PactComment add(UUID pactVersionId, UUID participationId, String anchor, String text, Locale locale) {
        PactVersion version = pacts.version(pactVersionId);
        List<FieldError> errors = new ArrayList<>();
        String where = anchor == null || anchor.isBlank() ? PactComment.WHOLE : anchor.strip();
        if (!where.equals(PactComment.WHOLE) && version.document().clause(where).isEmpty()
                && version.document().allCommitments().stream().noneMatch(c -> where.equals(c.id()))) {
            errors.add(error("anchor", "pact.comment.error.anchor", locale, version.number()));
        }
        String words = text(text, "text", "pact.comment.error.text", errors, locale);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<PactCommentEntity> pending = comments
                .findByPactVersionIdAndParticipationIdAndReviewIdIsNullOrderByCreatedAtAsc(pactVersionId,
                        participationId);
        if (pending.size() >= MAX_PENDING) {
            throw new ConflictException("A review holds at most " + MAX_PENDING + " comments.");
        }
        return comments.save(new PactCommentEntity(version.roundId(), pactVersionId, version.number(),
                participationId, where, words, clock.instant())).snapshot();
    }

    /** The comments the reviewer wrote on the version and has not sent yet, oldest first. */
    @Transactional(readOnly = true)
    public List<PactComment> pending(UUID pactVersionId, UUID participationId) {
        return comments.findByPactVersionIdAndParticipationIdAndReviewIdIsNullOrderByCreatedAtAsc(pactVersionId,
                participationId).stream().map(PactCommentEntity::snapshot).toList();
    }

    /** Removes a comment the reviewer has not sent; a sent one is a conflict, anyone else's is missing. */
    @Transactional
    public void remove(UUID pactVersionId, UUID participationId, UUID commentId) {
        PactCommentEntity comment = comments.findById(commentId)
                .filter(c -> c.getParticipationId().equals(participationId)
                        && c.snapshot().pactVersionId().equals(pactVersionId))
                .orElseThrow(() -> new NotFoundException("No comment " + commentId + " of yours on this version"));
        if (comment.getReviewId() != null) {
            throw new ConflictException("This comment was sent with your review: it can no longer change.");
        }
        comments.delete(comment);
    }

    /**
     * Sends the reviewer's pending comments with their review, and the review's own comment, if any, as
     * a comment on the whole pact, so that the facilitator answers it too.
     */
    @Transactional
    public List<PactComment> send(PactReview review) {
        List<PactCommentEntity> sent = new ArrayList<>(comments
                .findByPactVersionIdAndParticipationIdAndReviewIdIsNullOrderByCreatedAtAsc(review.pactVersionId(),
                        review.participationId()));
        if (review.comment() != null && !review.comment().isBlank()) {
            PactVersion version = pacts.version(review.pactVersionId());
            sent.add(new PactCommentEntity(review.roundId(), review.pactVersionId(), version.number(),
                    review.participationId(), PactComment.WHOLE, review.comment().strip(), review.createdAt()));
        }
        sent.forEach(c -> c.send(review.id()));
        return comments.saveAll(sent).stream().map(PactCommentEntity::snapshot).toList();
    }

    /**
     * The facilitator's answer to a sent comment of the round; it may change until the next version
     * is published with it.
     *
     * @param status ACCEPTED or DECLINED
     * @param explanation the change made, for an accepted comment; the reason, required, for a declined one
     */
    @Transactional
    public PactComment answer(UUID roundId, UUID commentId, String status, String explanation, String by,
            Locale locale) {
        PactCommentEntity comment = comments.findById(commentId)
                .filter(c -> c.getRoundId().equals(roundId) && c.getReviewId() != null)
                .orElseThrow(() -> new NotFoundException("This round has no comment " + commentId + "."));
        List<FieldError> errors = new ArrayList<>();
        CommentAnswerStatus decided = null;
        try {
            decided = status == null ? null : CommentAnswerStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            decided = null;
        }
        if (decided == null) {
            errors.add(error("status", "pact.comment.error.status", locale));
        }
        String words = decided == CommentAnswerStatus.DECLINED
                ? text(explanation, "explanation", "pact.comment.error.reason", errors, locale)
                : optional(explanation, "explanation", errors, locale);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        comment.answer(decided, words, by, clock.instant());
        return comments.saveAndFlush(comment).snapshot();
    }

    /** The sent comments on a version, with their answers (published or not), for the round's staff. */
    @Transactional(readOnly = true)
    public List<PactComment> ofVersion(UUID pactVersionId) {
        return comments.findByPactVersionIdAndReviewIdIsNotNullOrderByCreatedAtAsc(pactVersionId).stream()
                .map(PactCommentEntity::snapshot).toList();
    }

    /** Every sent comment of the round, with its answer, for the round's staff. */
    @Transactional(readOnly = true)
    public List<PactComment> ofRound(UUID roundId) {
        return comments.findByRoundIdAndReviewIdIsNotNullOrderByCreatedAtAsc(roundId).stream()
                .map(PactCommentEntity::snapshot).toList();
    }

    /**
     * The sent comments of the round a reviewer may read, with only the answers published so far: their
     * own, or everyone's when the round makes comments visible to all reviewers.
     */
    @Transactional(readOnly = true)
    public List<PactComment> visibleTo(UUID roundId, UUID participationId, boolean visibleToAll) {
        return comments.findByRoundIdAndReviewIdIsNotNullOrderByCreatedAtAsc(roundId).stream()
                .map(PactCommentEntity::snapshot)
                .filter(c -> visibleToAll || c.participationId().equals(participationId))
                .map(c -> new PactComment(c.id(), c.roundId(), c.pactVersionId(), c.versionNumber(),
                        c.participationId(), c.anchor(), c.text(), c.createdAt(), true, c.publishedAnswer()))
                .toList();
    }

    /** A new version publishes the answers given since the one before. */
    @EventListener
    void publishAnswers(PactEvents.PactVersionPublished published) {
        List<PactCommentEntity> answered = comments
                .findByRoundIdAndAnswerStatusIsNotNullAndAnswerPublishedInIsNull(published.roundId());
        answered.forEach(c -> c.publishAnswerIn(published.number()));
        comments.saveAll(answered);
    }

    private String text(String text, String field, String missing, List<FieldError> errors, Locale locale) {
        if (text == null || text.isBlank()) {
            errors.add(error(field, missing, locale));
            return null;
        }
        return optional(text, field, errors, locale);
    }

    private String optional(String text, String field, List<FieldError> errors, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_TEXT) {
            errors.add(error(field, "pact.error.tooLong", locale, MAX_TEXT));
        } else if (CONTROL.matcher(stripped).find()) {
            errors.add(error(field, "pact.error.control", locale));
        }
        return stripped;
    }

    private FieldError error(String field, String code, Locale locale, Object... arguments) {
        return new FieldError(field, messages.getMessage(code, arguments, locale));
    }
}
