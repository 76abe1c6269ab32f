package org.copact.process.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copact.common.InvalidInputException;
import org.copact.pact.PactComments;
import org.copact.pact.PactDocument;
import org.copact.pact.PactReview;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.pact.ReviewDecision;
import org.copact.process.ReviewComments;
import org.copact.process.TaskContexts;
import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.TaskStep;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A reviewer approves the version or asks for changes. Their comments on its clauses and commitments
 * (or the whole pact), written while they review ({@code POST /api/tasks/{id}/comments}), go with the
 * review and can no longer change; so does the review's own comment, as one on the whole pact. The
 * form first shows what changed since the version they reviewed last, and the answers to the comments
 * they may read.
 */
@Component
class ReviewDraftStep implements TaskStep {

    static final String DECISION = "decision";
    static final String COMMENT = "comment";

    private final PactService pacts;
    private final PactComments comments;
    private final ReviewComments views;
    private final MessageSource messages;

    ReviewDraftStep(PactService pacts, PactComments comments, ReviewComments views, MessageSource messages) {
        this.pacts = pacts;
        this.comments = comments;
        this.views = views;
        this.messages = messages;
    }

    @Override
    public String taskKey() {
        return PactReviewProcess.TASK_REVIEW_DRAFT;
    }

    @Override
    public Map<String, Object> context(OpenTaskRef task) {
        PactVersion version = pacts.version(task.pactVersionId());
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("pactVersion", TaskContexts.version(version));
        views.sinceReviewed(version, task.participationId()).ifPresent(diff -> context.put("changesSinceReviewed", diff));
        context.put("anchors", anchors(version.document()));
        context.put("pendingComments", views.pending(version.id(), task.participationId()));
        context.put("comments", views.visibleTo(version.roundId(), task.participationId()).stream()
                .filter(c -> c.versionNumber() < version.number()).toList());
        return context;
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        ReviewDecision decision = ReviewDecision.valueOf((String) values.get(DECISION));
        String comment = (String) values.get(COMMENT);
        if (decision == ReviewDecision.REQUEST_CHANGES && (comment == null || comment.isBlank())
                && comments.pending(task.pactVersionId(), task.participationId()).isEmpty()) {
            throw new InvalidInputException(COMMENT, messages.getMessage("pact.comment.error.changes", null,
                    LocaleContextHolder.getLocale()));
        }
        PactReview review = pacts.recordReview(task.pactVersionId(), task.participationId(), decision, comment);
        comments.send(review);
        return Map.of();
    }

    /** what a comment can be anchored to: the whole pact, each clause, each commitment, in the document's order */
    static List<Map<String, Object>> anchors(PactDocument document) {
        List<Map<String, Object>> anchors = new ArrayList<>();
        for (int i = 0; i < document.clauses().size(); i++) {
            PactDocument.Clause clause = document.clauses().get(i);
            Map<String, Object> anchor = new LinkedHashMap<>();
            anchor.put("id", clause.id());
            anchor.put("kind", ReviewComments.AnchorKind.CLAUSE);
            anchor.put("number", i + 1);
            anchor.put("title", clause.heading() == null ? "" : clause.heading());
            anchor.put("text", clause.text());
            anchors.add(anchor);
        }
        for (PactDocument.Commitment commitment : document.allCommitments()) {
            Map<String, Object> anchor = new LinkedHashMap<>();
            anchor.put("id", commitment.id());
            anchor.put("kind", ReviewComments.AnchorKind.COMMITMENT);
            anchor.put("title", commitment.description() == null ? "" : commitment.description());
            anchor.put("text", commitment.indicator() == null ? "" : commitment.indicator());
            anchors.add(anchor);
        }
        return anchors;
    }
}
