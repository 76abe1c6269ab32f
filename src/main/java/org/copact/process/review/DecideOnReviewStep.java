package org.copact.process.review;

import org.copact.process.TaskContexts;
import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.TaskStep;
import java.util.Map;
import org.copact.pact.PactService;
import org.copact.process.ProcessVariables;
import org.springframework.stereotype.Component;

/** The facilitator, having read the reviews, revises the pact or puts it to signature. */
@Component
class DecideOnReviewStep implements TaskStep {

    static final String OUTCOME = "outcome";

    private final PactService pacts;

    DecideOnReviewStep(PactService pacts) {
        this.pacts = pacts;
    }

    @Override
    public String taskKey() {
        return PactReviewProcess.TASK_DECIDE_ON_REVIEW;
    }

    @Override
    public Map<String, Object> context(OpenTaskRef task) {
        return Map.of("pactVersion", TaskContexts.version(pacts.version(task.pactVersionId())),
                "reviews", TaskContexts.reviews(pacts.reviews(task.pactVersionId())));
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        ReviewOutcome outcome = ReviewOutcome.valueOf((String) values.get(OUTCOME));
        return Map.of(ProcessVariables.PACT_TO_BE_REVISED, outcome == ReviewOutcome.REVISE);
    }
}
