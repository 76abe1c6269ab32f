package org.copact.process;

import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.copact.process.consultation.StakeholderConsultationProcess;
import org.springframework.stereotype.Component;

/**
 * The facilitator's "remind now", told to the round's consultation: its model sends the reminders,
 * one asynchronous step per participant who has not answered, as it does at the reminder date.
 */
@Component
public class RoundReminders {

    private final RuntimeService runtime;

    RoundReminders(RuntimeService runtime) {
        this.runtime = runtime;
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
