package org.copact.process;

import java.time.Clock;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.copact.round.RoundEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.copact.process.consultation.StakeholderConsultationProcess;
import java.time.Clock;
import org.copact.round.RoundEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilitator's "remind now", told to the round's consultation: its model sends the reminders,
 * one asynchronous step per participant who has not answered, as it does at the reminder date.
 */
@Component
public class RoundReminders {

    private final RuntimeService runtime;
    private final TaskService engineTasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundReminders(RuntimeService runtime, TaskService engineTasks, ApplicationEventPublisher events, Clock clock) {
        this.runtime = runtime;
        this.engineTasks = engineTasks;
        this.events = events;
        this.clock = clock;
    }

    /** As {@link #remindNow(UUID)}, pressed by this staff member: the round's record says who pressed it. */
    @Transactional
    public boolean remindNow(UUID roundId, String by) {
        boolean taken = remindNow(roundId);
        events.publishEvent(new RoundEvents.RemindNowPressed(roundId, by, taken, clock.instant()));
        return taken;
    }

    /**
     * Reminds one stakeholder of the round, now, of their oldest open task (the mail goes after the
     * commit, retried if the mail server fails, see {@code RoundChangeMails}). Returns whether they
     * had an open task to be reminded of.
     */
    @org.springframework.transaction.annotation.Transactional
    public boolean remindOne(UUID roundId, UUID participationId, String by) {
        Task task = engineTasks.createTaskQuery().processInstanceBusinessKey(roundId.toString())
                .taskAssignee(participationId.toString()).active().orderByTaskCreateTime().asc().listPage(0, 1)
                .stream().findFirst().orElse(null);
        if (task == null) {
            return false;
        }
        events.publishEvent(new RoundEvents.StakeholderReminded(roundId, participationId,
                task.getTaskDefinitionKey(), "press-" + UUID.randomUUID(), by, clock.instant()));
        return true;
    }

    /**
     * Reminds now every participant of the round who has not answered yet. The press id lands in the
     * scope the press triggers, so each press is an occasion of its own. Returns whether a
     * consultation took the press: outside the consultation nobody is waiting for it and nothing is sent.
     */
    public boolean remindNow(UUID roundId) {
        return !runtime.createMessageCorrelation(StakeholderConsultationProcess.MSG_REMIND_NOW)
                .processInstanceBusinessKey(roundId.toString())
                .setVariableToTriggeredScope(ProcessVariables.REMINDER_PRESS_ID, "press-" + UUID.randomUUID())
                .correlateAllWithResult().isEmpty();
    }
}
