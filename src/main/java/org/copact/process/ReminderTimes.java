package org.copact.process;

import java.time.Duration;
import java.time.Instant;

/** When a stage's reminder goes: {@code before} ahead of its deadline, never earlier than half-way there. */
public final class ReminderTimes {

    private ReminderTimes() {
    }

    /** The reminder of a deadline counted from {@code from} (the start of the stage, or an extension). */
    public static Instant at(Instant deadline, Duration before, Instant from) {
        Instant wanted = deadline.minus(before);
        if (!deadline.isAfter(from)) {
            return deadline;
        }
        Instant halfway = from.plus(Duration.between(from, deadline).dividedBy(2));
        return wanted.isBefore(halfway) ? halfway : wanted;
    }
}
