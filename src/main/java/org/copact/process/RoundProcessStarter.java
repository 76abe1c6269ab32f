package org.copact.process;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.copact.round.RoundEvents.RoundLaunched;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts a round's process when the round is launched, inside the launch's own transaction: the
 * launch and the process start succeed together or not at all.
 */
@Component
class RoundProcessStarter {

    private final RuntimeService runtime;

    RoundProcessStarter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Synchronous: a round whose process cannot start is not launched. */
    @EventListener
    void on(RoundLaunched launched) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.ROUND_ID, launched.roundId().toString());
        variables.put(ProcessVariables.CONSULTATION_DEADLINE, Date.from(launched.consultationDeadline()));
        variables.put(ProcessVariables.REMINDER_AT, Date.from(launched.reminderAt()));
        variables.put(ProcessVariables.FACILITATOR_GROUP, ProcessVariables.facilitatorGroup(launched.regionId()));
        runtime.startProcessInstanceByKey(CoCreationRoundProcess.KEY, launched.roundId().toString(), variables);
    }
}
