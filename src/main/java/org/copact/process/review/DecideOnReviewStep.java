package org.copact.process.review;

import org.copact.process.TaskContexts;
import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.TaskStep;
import java.time.Clock;
import java.util.Map;
import org.copact.pact.PactEvents;
import org.copact.pact.PactVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.copact.pact.PactService;
import org.copact.process.ProcessVariables;
import org.springframework.stereotype.Component;

/** The facilitator, having read the reviews, revises the pact or puts it to signature. */
@Component
class DecideOnReviewStep implements TaskStep {

    static final String OUTCOME = "outcome";

    private final PactService pacts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecideOnReviewStep(PactService pacts, ApplicationEventPublisher events, Clock clock) {
        this.pacts = pacts;
        this.events = events;
        this.clock = clock;
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
        PactVersion version = pacts.version(task.pactVersionId());
        // the facilitator's decision is an event of the round's record of its own, with who took it
        events.publishEvent(new PactEvents.ReviewDecided(task.roundId(), version.id(), version.number(),
                outcome.name(), task.actor(), clock.instant()));
        return Map.of(ProcessVariables.PACT_TO_BE_REVISED, outcome == ReviewOutcome.REVISE);
    }
}
