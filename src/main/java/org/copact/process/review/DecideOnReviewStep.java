package org.copact.process.review;

import org.copact.process.TaskContexts;
import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.TaskStep;
import java.util.List;
import java.util.Map;
import org.copact.pact.MissedReviews;
import org.copact.stakeholder.Participations;
import org.copact.pact.PactService;
import org.copact.process.ProcessVariables;
import org.springframework.stereotype.Component;

/** The facilitator, having read the reviews, revises the pact or puts it to signature. */
@Component
class DecideOnReviewStep implements TaskStep {

    static final String OUTCOME = "outcome";

    private final PactService pacts;
    private final MissedReviews missed;
    private final Participations participations;

    DecideOnReviewStep(PactService pacts, MissedReviews missed, Participations participations) {
        this.pacts = pacts;
        this.missed = missed;
        this.participations = participations;
    }

    @Override
    public String taskKey() {
        return PactReviewProcess.TASK_DECIDE_ON_REVIEW;
    }

    @Override
    public Map<String, Object> context(OpenTaskRef task) {
        // who had not reviewed when the review closed (at its deadline or early): the facilitator decides knowing it
        List<String> missedReviewers = missed.of(task.pactVersionId()).stream()
                .map(id -> participations.participation(id).contact())
                .map(contact -> contact.organisation() + " (" + contact.contactName() + ")").toList();
        return Map.of("pactVersion", TaskContexts.version(pacts.version(task.pactVersionId())),
                "reviews", TaskContexts.reviews(pacts.reviews(task.pactVersionId())),
                "missedReviewers", missedReviewers);
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        ReviewOutcome outcome = ReviewOutcome.valueOf((String) values.get(OUTCOME));
        return Map.of(ProcessVariables.PACT_TO_BE_REVISED, outcome == ReviewOutcome.REVISE);
    }
}
