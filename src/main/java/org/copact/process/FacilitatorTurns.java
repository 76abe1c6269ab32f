package org.copact.process;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.copact.consultation.ConsultationService;
import org.copact.consultation.ConsultationStatus;
import org.copact.identity.LinkProperties;
import org.copact.mail.FacilitatorNotices;
import org.copact.pact.PactReview;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.pact.ReviewDecision;
import org.copact.process.review.PactReviewProcess;
import org.copact.round.Round;
import org.copact.round.RoundEvents;
import org.copact.round.RoundService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the facilitators of a round at each turn that needs them: the consultation closed, all
 * reviews of a version are in (their decision is due), the pact is in force. Each is told after the
 * change committed, by a listener whose failure is retried (Spring Modulith's publication registry),
 * and once per occasion. A decline and a deadline near are told by {@link StakeholderMails} and
 * {@link DeadlineWatch}.
 */
@Component
class FacilitatorTurns {

    static final String CONSULTATION_CLOSED = "facilitator-consultation-closed";
    static final String REVIEWS_IN = "facilitator-reviews-in";
    static final String PACT_IN_FORCE = "facilitator-pact-in-force";

    private final RoundService rounds;
    private final ConsultationService consultation;
    private final PactService pacts;
    private final FacilitatorNotices notices;
    private final LinkProperties links;
    private final ApplicationEventPublisher events;

    FacilitatorTurns(RoundService rounds, ConsultationService consultation, PactService pacts,
            FacilitatorNotices notices, LinkProperties links, ApplicationEventPublisher events) {
        this.rounds = rounds;
        this.consultation = consultation;
        this.pacts = pacts;
        this.notices = notices;
        this.links = links;
        this.events = events;
    }

    /** the engine's own event, in its transaction: only turns it into the round's, told after the commit */
    @EventListener
    void on(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())
                || !PactReviewProcess.TASK_DECIDE_ON_REVIEW.equals(task.getTaskDefinitionKey())) {
            return;
        }
        Object roundId = task.getVariable(ProcessVariables.ROUND_ID);
        Object versionId = task.getVariable(ProcessVariables.PACT_VERSION_ID);
        if (roundId != null && versionId != null) {
            events.publishEvent(new ReviewsIn(UUID.fromString(roundId.toString()),
                    UUID.fromString(versionId.toString()), task.getId()));
        }
    }

    @ApplicationModuleListener
    void on(RoundEvents.ConsultationClosed closed) {
        Round round = rounds.round(closed.roundId());
        List<ConsultationStatus> standings = consultation.standingsIn(round.id()).values().stream()
                .map(ConsultationService.Standing::status).filter(s -> s != ConsultationStatus.NOT_INVITED)
                .toList();
        long answered = standings.stream().filter(s -> s == ConsultationStatus.ANSWERED).count();
        notices.tell(round, null, CONSULTATION_CLOSED, round.id().toString(), round.title(), answered,
                standings.size(), page(round));
    }

    @ApplicationModuleListener
    void on(ReviewsIn in) {
        Round round = rounds.round(in.roundId());
        PactVersion version = pacts.version(in.pactVersionId());
        List<PactReview> reviews = pacts.reviews(version.id());
        long approvals = reviews.stream().filter(r -> r.decision() == ReviewDecision.APPROVE).count();
        notices.tell(round, null, REVIEWS_IN, in.taskId(), round.title(), version.number(), approvals,
                reviews.size() - approvals, page(round));
    }

    @ApplicationModuleListener
    void on(RoundEvents.PactInForce inForce) {
        Round round = rounds.round(inForce.roundId());
        notices.tell(round, null, PACT_IN_FORCE, round.id().toString(), round.title(), page(round));
    }

    private URI page(Round round) {
        return links.publicUrl().resolve("/rounds/" + round.id());
    }
}
