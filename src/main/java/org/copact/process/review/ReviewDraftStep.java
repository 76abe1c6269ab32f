package org.copact.process.review;

import org.copact.process.TaskContexts;
import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.TaskStep;
import java.util.Map;
import org.copact.common.InvalidInputException;
import org.copact.pact.PactService;
import org.copact.pact.ReviewDecision;
import org.springframework.stereotype.Component;

/** A reviewer approves the version or asks for changes, saying which in the comment. */
@Component
class ReviewDraftStep implements TaskStep {

    static final String DECISION = "decision";
    static final String COMMENT = "comment";

    private final PactService pacts;

    ReviewDraftStep(PactService pacts) {
        this.pacts = pacts;
    }

    @Override
    public String taskKey() {
        return PactReviewProcess.TASK_REVIEW_DRAFT;
    }

    @Override
    public Map<String, Object> context(OpenTaskRef task) {
        return Map.of("pactVersion", TaskContexts.version(pacts.version(task.pactVersionId())));
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        ReviewDecision decision = ReviewDecision.valueOf((String) values.get(DECISION));
        String comment = (String) values.get(COMMENT);
        if (decision == ReviewDecision.REQUEST_CHANGES && comment == null) {
            throw InvalidInputException.coded(COMMENT, "step.error.review.comment");
        }
        pacts.recordReview(task.pactVersionId(), task.participationId(), decision, comment);
        return Map.of();
    }
}
