package org.copact.process;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.copact.common.ConflictException;
import org.copact.common.NotFoundException;
import org.copact.identity.Caller;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facilitator moves the deadline of a running stage, or closes a stage now: the round's stored
 * deadline, the process variables and the timer jobs change together, in one transaction, and the
 * round's history says who did it. Those with open tasks in the stage are told of a new deadline
 * ({@link DeadlineMails}).
 */
@Service
public class StageDeadlines {

    private final RoundService rounds;
    private final StageTimers timers;
    private final ManagementService management;
    private final MessageSource messages;
    private final Clock clock;

    StageDeadlines(RoundService rounds, StageTimers timers, ManagementService management, MessageSource messages,
            Clock clock) {
        this.rounds = rounds;
        this.timers = timers;
        this.management = management;
        this.messages = messages;
        this.clock = clock;
    }

    /** Moves the stage's deadline; field errors and refusals in the language of {@code locale}. */
    @Transactional
    public Round extend(UUID roundId, String stagePath, DeadlineExtensionInput input, Caller.Staff caller,
            Locale locale) {
        DeadlineStage stage = stage(stagePath);
        Round round = rounds.visibleRound(roundId, caller);
        Instant now = clock.instant();
        Instant deadline = input.validate(round, stage, now, messages, locale);
        requireRunning(round, stage, "deadline.conflict.notRunning", locale);
        Round extended = rounds.extendDeadline(roundId, stage.stage(), deadline, input.reason(), caller);
        Instant reminder = stage == DeadlineStage.CONSULTATION ? extended.reminderAt()
                : ReminderTimes.at(deadline, extended.reminderBefore(), now);
        timers.move(roundId, stage, deadline, reminder);
        return extended;
    }

    /**
     * Closes the stage now, as if its deadline had passed: its deadline timer runs at once. Only the
     * stages whose rule allows it, and only while they run.
     */
    @Transactional
    public Round closeEarly(UUID roundId, String stagePath, Caller.Staff caller, Locale locale) {
        DeadlineStage stage = stage(stagePath);
        Round round = rounds.visibleRound(roundId, caller);
        if (!stage.closableEarly()) {
            throw new ConflictException(messages.getMessage("deadline.conflict.notClosable",
                    new Object[] {stageName(stage, locale)}, locale));
        }
        requireRunning(round, stage, "deadline.conflict.closeNotRunning", locale);
        Job deadline = timers.deadlineJob(roundId, stage).orElseThrow();
        rounds.recordEarlyClose(roundId, stage.stage(), caller);
        management.executeJob(deadline.getId());
        return rounds.visibleRound(roundId, caller);
    }

    private void requireRunning(Round round, DeadlineStage stage, String code, Locale locale) {
        if (round.stage() != stage.stage() || !timers.running(round.id(), stage)) {
            throw new ConflictException(messages.getMessage(code, new Object[] {stageName(stage, locale)}, locale));
        }
    }

    private String stageName(DeadlineStage stage, Locale locale) {
        return messages.getMessage("stage." + stage.stage().name(), null, locale);
    }

    private static DeadlineStage stage(String path) {
        return DeadlineStage.ofPath(path).orElseThrow(() -> new NotFoundException("No stage '" + path
                + "' with a deadline: consultation, review or signature."));
    }
}
