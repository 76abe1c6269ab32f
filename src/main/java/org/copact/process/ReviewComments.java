package org.copact.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.copact.common.NotFoundException;
import org.copact.pact.CommentAnswerStatus;
import org.copact.pact.PactComment;
import org.copact.pact.PactComments;
import org.copact.pact.PactDiff;
import org.copact.pact.PactDocument;
import org.copact.pact.PactReview;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.process.review.PactReviewProcess;
import org.copact.round.RoundService;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments per clause as people read them: what each is anchored to (the whole pact, clause 3, a
 * commitment of an organisation), who wrote it, and its answer; for reviewers only what the round
 * lets them read, for staff everything with whether it was addressed. Also what changed since the
 * version a reviewer last reviewed.
 */
@Component
public class ReviewComments {

    public enum AnchorKind { WHOLE, CLAUSE, COMMITMENT }

    /** whether tasks of this kind take comments per clause: a review's */
    public static boolean takesComments(String taskKey) {
        return PactReviewProcess.TASK_REVIEW_DRAFT.equals(taskKey);
    }

    /**
     * One comment. {@code number}: the clause's number in the version commented on; {@code title}: its
     * heading, or the commitment's description; {@code mine}: written by the reader; {@code answer}: for a
     * reviewer only once published with a version.
     */
    public record CommentView(UUID id, int versionNumber, String anchor, AnchorKind anchorKind, Integer number,
            String title, String organisation, boolean mine, String text, Instant createdAt, boolean addressed,
            AnswerView answer) {
    }

    public record AnswerView(CommentAnswerStatus status, String text, Integer publishedIn, Instant answeredAt) {
    }

    private final PactComments comments;
    private final PactService pacts;
    private final Participations participations;
    private final RoundService rounds;

    ReviewComments(PactComments comments, PactService pacts, Participations participations, RoundService rounds) {
        this.comments = comments;
        this.pacts = pacts;
        this.participations = participations;
        this.rounds = rounds;
    }

    /** What a reviewer may read: their own comments, or everyone's if the round says so, with the answers published. */
    @Transactional(readOnly = true)
    public List<CommentView> visibleTo(UUID roundId, UUID participationId) {
        boolean all = rounds.round(roundId).commentsVisibleToAll();
        return views(comments.visibleTo(roundId, participationId, all), participationId);
    }

    /** Every sent comment on a version, with its answer and whether it was addressed, for the round's staff. */
    @Transactional(readOnly = true)
    public List<CommentView> ofVersion(PactVersion version) {
        return views(comments.ofVersion(version.id()), null);
    }

    /** Every sent comment of the round, with its answer and whether it was addressed, for the round's staff. */
    @Transactional(readOnly = true)
    public List<CommentView> ofRound(UUID roundId) {
        return views(comments.ofRound(roundId), null);
    }

    /** One sent comment of the round, with its answer, for the round's staff. */
    @Transactional(readOnly = true)
    public CommentView comment(UUID roundId, UUID commentId) {
        return views(comments.ofRound(roundId).stream().filter(c -> c.id().equals(commentId)).toList(), null)
                .stream().findFirst()
                .orElseThrow(() -> new NotFoundException("This round has no comment " + commentId + "."));
    }

    /** The reviewer's comments not sent yet on a version. */
    @Transactional(readOnly = true)
    public List<CommentView> pending(UUID pactVersionId, UUID participationId) {
        return views(comments.pending(pactVersionId, participationId), participationId);
    }

    /** What changed from the latest earlier version the reviewer reviewed to this one; empty on their first review. */
    @Transactional(readOnly = true)
    public Optional<PactDiff> sinceReviewed(PactVersion version, UUID participationId) {
        return pacts.versions(version.roundId()).stream()
                .filter(v -> v.number() < version.number())
                .sorted(Comparator.comparingInt(PactVersion::number).reversed())
                .filter(v -> pacts.reviews(v.id()).stream().map(PactReview::participationId)
                        .anyMatch(participationId::equals))
                .findFirst()
                .map(reviewed -> PactDiff.between(reviewed, version));
    }

    private List<CommentView> views(List<PactComment> list, UUID reader) {
        Map<UUID, PactDocument> documents = new HashMap<>();
        Map<UUID, String> organisations = new HashMap<>();
        List<CommentView> views = new ArrayList<>();
        for (PactComment c : list) {
            PactDocument document = documents.computeIfAbsent(c.pactVersionId(), id -> pacts.version(id).document());
            String organisation = organisations.computeIfAbsent(c.participationId(), id -> participations.find(id)
                    .map(ParticipationView::contact).map(contact -> contact.organisation()).orElse(""));
            PactComment.Answer answer = reader == null ? c.answer() : c.publishedAnswer();
            views.add(anchored(c, document, organisation, reader, answer));
        }
        return views;
    }

    private static CommentView anchored(PactComment c, PactDocument document, String organisation, UUID reader,
            PactComment.Answer answer) {
        AnchorKind kind = AnchorKind.WHOLE;
        Integer number = null;
        String title = null;
        for (int i = 0; i < document.clauses().size(); i++) {
            if (document.clauses().get(i).id().equals(c.anchor())) {
                kind = AnchorKind.CLAUSE;
                number = i + 1;
                title = document.clauses().get(i).heading();
            }
        }
        for (PactDocument.Commitment commitment : document.allCommitments()) {
            if (commitment.id().equals(c.anchor())) {
                kind = AnchorKind.COMMITMENT;
                title = commitment.description();
            }
        }
        return new CommentView(c.id(), c.versionNumber(), c.anchor(), kind, number, title, organisation,
                c.participationId().equals(reader), c.text(), c.createdAt(), answer != null,
                answer == null ? null : new AnswerView(answer.status(), answer.text(), answer.publishedIn(),
                        answer.answeredAt()));
    }
}
