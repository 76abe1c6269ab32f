package org.copact.process;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.copact.pact.PactService;
import org.copact.round.Round;
import org.copact.round.RoundEvents.DeadlineExtended;
import org.copact.round.RoundService;
import org.copact.round.RoundTimes;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails about the deadlines of the review and of extended stages, each in the stakeholder's
 * language with the date in the round's time zone, once per occasion.
 */
@Component("deadlineMails")
public class DeadlineMails {

    static final String REVIEW_REMINDER = "review-reminder";
    /** one kind per stage: {@code consultation-extended}, {@code review-extended}, {@code signature-extended} */
    static final String EXTENDED = "-extended";

    private final StakeholderMails mails;
    private final Participations participations;
    private final RoundService rounds;
    private final PactService pacts;
    private final StageTimers timers;
    private final MessageSource messages;

    DeadlineMails(StakeholderMails mails, Participations participations, RoundService rounds, PactService pacts,
            StageTimers timers, MessageSource messages) {
        this.mails = mails;
        this.participations = participations;
        this.rounds = rounds;
        this.pacts = pacts;
        this.timers = timers;
        this.messages = messages;
    }

    /** Before the review deadline: a reminder to one reviewer, if they still have not reviewed this version. */
    @Transactional
    public void remindReview(String participationId, String pactVersionId) {
        UUID reviewer = UUID.fromString(participationId);
        if (pacts.reviews(UUID.fromString(pactVersionId)).stream().anyMatch(r -> r.participationId().equals(reviewer))) {
            return;
        }
        ParticipationView participation = participations.participation(reviewer);
        Round round = rounds.round(participation.roundId());
        mails.send(participation, round, REVIEW_REMINDER,
                locale -> RoundTimes.format(round.reviewDeadline(), round.timeZone(), locale),
                participationId + "/" + pactVersionId, locale -> "", List.of());
    }

    /**
     * After a facilitator moved a deadline: tells each stakeholder with an open task in that stage the
     * new date (and the reason given). A move Copact made itself as a stage started tells nobody: the
     * stage's own request carries its date.
     */
    @ApplicationModuleListener
    void on(DeadlineExtended extended) {
        if (RoundService.SYSTEM.equals(extended.by())) {
            return;
        }
        DeadlineStage stage = DeadlineStage.of(extended.stage()).orElseThrow();
        Round round = rounds.round(extended.roundId());
        for (Task task : timers.openStakeholderTasks(round.id(), stage)) {
            ParticipationView participation = participations.participation(UUID.fromString(task.getAssignee()));
            mails.send(participation, round, stage.path() + EXTENDED,
                    locale -> RoundTimes.format(extended.to(), round.timeZone(), locale),
                    task.getAssignee() + "/" + extended.extensionId(), locale -> reason(extended, locale), List.of());
        }
    }

    private String reason(DeadlineExtended extended, Locale locale) {
        return extended.reason() == null ? ""
                : messages.getMessage("mail.deadline-extended.reason", new Object[] {extended.reason()}, locale);
    }
}
