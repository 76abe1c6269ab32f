package org.copact.process;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.copact.process.accession.AccessionProcess;
import org.springframework.stereotype.Component;

/** What the round's page shows of the accessions' tasks: the facilitators' open review of each sheet. */
@Component
public class AccessionDesk {

    private final TaskService tasks;

    AccessionDesk(TaskService tasks) {
        this.tasks = tasks;
    }

    /** the open review task of each accession whose sheet waits for a facilitator, by accession id */
    public Map<UUID, String> openReviews(UUID roundId) {
        Map<UUID, String> reviews = new HashMap<>();
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(roundId.toString())
                .processDefinitionKey(AccessionProcess.KEY)
                .taskDefinitionKey(AccessionProcess.TASK_REVIEW_COMMITMENT_SHEET).list()) {
            Object accessionId = tasks.getVariable(task.getId(), ProcessVariables.ACCESSION_ID);
            if (accessionId != null) {
                reviews.put(UUID.fromString(accessionId.toString()), task.getId());
            }
        }
        return reviews;
    }
}
