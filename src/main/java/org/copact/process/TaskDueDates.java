package org.copact.process;

import java.time.Clock;
import java.util.Date;
import org.springframework.stereotype.Component;

/** The due dates of the facilitators' tasks, called from the models as each task is created. */
@Component("taskDueDates")
public class TaskDueDates {

    private final TaskDueProperties due;
    private final Clock clock;

    TaskDueDates(TaskDueProperties due, Clock clock) {
        this.due = due;
        this.clock = clock;
    }

    public Date drafting() {
        return Date.from(clock.instant().plus(due.drafting()));
    }

    public Date decision() {
        return Date.from(clock.instant().plus(due.decision()));
    }
}
