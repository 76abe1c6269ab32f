package org.copact.process.review;

import org.copact.process.TaskContexts;
import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.TaskStep;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copact.common.Language;
import org.copact.pact.MissedReviews;
import org.copact.pact.PactEvents;
import org.copact.pact.PactReview;
import org.copact.pact.PactVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.copact.pact.PactService;
import org.copact.process.ProcessVariables;
import org.copact.stakeholder.Contact;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The facilitator, having read the reviews, revises the pact or puts it to signature. The form
 * shows the version under review and each reviewer's verdict, in the person's words, with the
 * reviewer's organisation, their comment and when they gave it.
 */
@Component
class DecideOnReviewStep implements TaskStep {

    static final String OUTCOME = "outcome";
    /** the message key of a verdict's name, followed by the verdict ({@code review.verdict.APPROVE}) */
    static final String VERDICT_MESSAGE = "review.verdict.";

    private final PactService pacts;
    private final MissedReviews missed;
    private final Participations participations;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecideOnReviewStep(PactService pacts, MissedReviews missed, Participations participations,
            MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.pacts = pacts;
        this.missed = missed;
        this.participations = participations;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String taskKey() {
        return PactReviewProcess.TASK_DECIDE_ON_REVIEW;
    }

    @Override
    public Map<String, Object> context(OpenTaskRef task) {
        return context(task, Language.EN);
    }

    @Override
    public Map<String, Object> context(OpenTaskRef task, Language language) {
        // who had not reviewed when the review closed (at its deadline or early): the facilitator decides knowing it
        List<String> missedReviewers = missed.of(task.pactVersionId()).stream()
                .map(id -> participations.participation(id).contact())
                .map(contact -> contact.organisation() + " (" + contact.contactName() + ")").toList();
        return Map.of("pactVersion", TaskContexts.version(pacts.version(task.pactVersionId())),
                "reviews", verdicts(pacts.reviews(task.pactVersionId()), language),
                "missedReviewers", missedReviewers);
    }

    private List<Map<String, Object>> verdicts(List<PactReview> reviews, Language language) {
        return reviews.stream().map(r -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("participationId", r.participationId());
            map.put("organisation", participations.find(r.participationId()).map(ParticipationView::contact)
                    .map(Contact::organisation).orElse(""));
            map.put("decision", r.decision());
            map.put("verdict", messages.getMessage(VERDICT_MESSAGE + r.decision().name(), null,
                    r.decision().name(), language.locale()));
            if (r.comment() != null) {
                map.put("comment", r.comment());
            }
            map.put("reviewedAt", r.createdAt());
            return map;
        }).toList();
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
