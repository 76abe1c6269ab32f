package org.copact.process;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the facilitators have for their tasks ({@code copact.tasks.due.*}), counted from when the
 * task is created: its due date in the task lists.
 *
 * @param drafting to draft (or revise) the pact
 * @param decision to decide on a review (revise or finalise)
 */
@ConfigurationProperties("copact.tasks.due")
public record TaskDueProperties(@DefaultValue("P14D") Duration drafting, @DefaultValue("P3D") Duration decision) {

    public TaskDueProperties {
        for (Duration duration : new Duration[] {drafting, decision}) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("copact.tasks.due.* must be positive durations, not " + duration);
            }
        }
    }
}
