package org.copact.process;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.copact.process.drafting.PactDraftingProcess;
import org.copact.tasks.RoundTasks;
import org.springframework.stereotype.Component;

/** The facilitators' drafting task of a round, for the pages beside the draft to lead to it. */
@Component
public class DraftingTasks {

    private final List<RoundTasks> tasks;

    DraftingTasks(List<RoundTasks> tasks) {
        this.tasks = tasks;
    }

    /** the id of the round's open "Draft the pact" task, if the round is at that step */
    public Optional<String> openDraftTask(UUID roundId) {
        return tasks.stream().flatMap(t -> t.openTasks(roundId).stream())
                .filter(t -> PactDraftingProcess.TASK_DRAFT_PACT.equals(t.taskKey()))
                .map(RoundTasks.OpenTask::id).findFirst();
    }
}
