package org.copact.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.copact.consultation.ConsultationService;
import org.copact.identity.LinkProperties;
import org.copact.mail.FacilitatorNotices;
import org.copact.process.review.PactReviewProcess;
import org.copact.process.signature.PactSignatureProcess;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.round.RoundTimes;
import org.copact.round.Stage;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the facilitators when the deadline of the stage a round is in comes near
 * ({@code copact.notices.deadline-warning}, two days by default) while people have still not done
 * their part: who has not answered the consultation, reviewed the draft or signed. Checked every
 * hour; told once per deadline (a deadline moved later is a new occasion).
 */
@Component
class DeadlineWatch {

    static final String DEADLINE_NEAR = "facilitator-deadline-near";

    private final RuntimeService runtime;
    private final TaskService engineTasks;
    private final RoundService rounds;
    private final ConsultationService consultation;
    private final Participations participations;
    private final FacilitatorNotices notices;
    private final Clock clock;
    private final Duration warning;
    private final LinkProperties links;

    DeadlineWatch(RuntimeService runtime, TaskService engineTasks, RoundService rounds,
            ConsultationService consultation, Participations participations, FacilitatorNotices notices, Clock clock,
            LinkProperties links, NoticeProperties settings) {
        this.links = links;
        this.runtime = runtime;
        this.engineTasks = engineTasks;
        this.rounds = rounds;
        this.consultation = consultation;
        this.participations = participations;
        this.notices = notices;
        this.clock = clock;
        this.warning = settings.deadlineWarning();
    }

    /** Checks every running round; returns how many were told of a near deadline. */
    @Scheduled(cron = "${copact.notices.deadline-cron:0 0 * * * *}")
    public int check() {
        int told = 0;
        List<ProcessInstance> running = runtime.createProcessInstanceQuery()
                .processDefinitionKey(CoCreationRoundProcess.KEY).active().list();
        for (ProcessInstance instance : running) {
            if (instance.getBusinessKey() != null && warn(rounds.round(UUID.fromString(instance.getBusinessKey())))) {
                told++;
            }
        }
        return told;
    }

    private boolean warn(Round round) {
        Instant deadline = switch (round.stage()) {
            case CONSULTATION -> round.consultationDeadline();
            case REVIEW -> round.reviewDeadline();
            case SIGNATURE -> round.signatureDeadline();
            default -> null;
        };
        Instant now = clock.instant();
        if (deadline == null || deadline.isBefore(now) || deadline.isAfter(now.plus(warning))) {
            return false;
        }
        List<String> missing = missing(round);
        if (missing.isEmpty()) {
            return false;
        }
        notices.tell(round, null, DEADLINE_NEAR + "-" + round.stage().name().toLowerCase(java.util.Locale.ROOT),
                round.stage() + "/" + deadline, round.title(),
                (FacilitatorNotices.PerLanguage) locale -> RoundTimes.format(deadline, round.timeZone(), locale),
                missing.size(), String.join(", ", missing), page(round));
        return true;
    }

    private List<String> missing(Round round) {
        if (round.stage() == Stage.CONSULTATION) {
            return consultation.awaitingAnswer(round.id()).stream().map(p -> p.contact().organisation()).toList();
        }
        String task = round.stage() == Stage.REVIEW ? PactReviewProcess.TASK_REVIEW_DRAFT
                : PactSignatureProcess.TASK_SIGN_PACT;
        return engineTasks.createTaskQuery().processInstanceBusinessKey(round.id().toString())
                .taskDefinitionKey(task).active().list().stream()
                .map(t -> t.getAssignee() == null ? null : participations.find(UUID.fromString(t.getAssignee()))
                        .map(ParticipationView::contact).map(c -> c.organisation()).orElse(null))
                .filter(Objects::nonNull).sorted().toList();
    }

    private java.net.URI page(Round round) {
        return links.publicUrl().resolve("/rounds/" + round.id());
    }
}
