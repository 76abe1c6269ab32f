package org.copact.process;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The due date of an invitation to accede ({@code copact.accession.*}): unless the facilitator gives
 * one, the invitation is due {@code dueAfter} after it was sent; the organisation is reminded
 * {@code reminderBefore} the due date, and at the due date the accession lapses unsigned.
 */
@ConfigurationProperties("copact.accession")
public record AccessionProperties(@DefaultValue("P30D") Duration dueAfter, @DefaultValue("P7D") Duration reminderBefore) {

    public AccessionProperties {
        for (Duration duration : new Duration[] {dueAfter, reminderBefore}) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("copact.accession.* must be positive durations, not " + duration);
            }
        }
    }
}
