package org.copact.tasks;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** The open tasks of a round, from the engine: every process of a round carries its id as business key. */
@Component
class EngineRoundTasks implements RoundTasks {

    private final TaskService engineTasks;

    EngineRoundTasks(TaskService engineTasks) {
        this.engineTasks = engineTasks;
    }

    @Override
    public List<RoundTasks.OpenTask> openTasks(UUID roundId) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(roundId.toString()).active()
                .orderByTaskCreateTime().asc().list().stream()
                .map(t -> new RoundTasks.OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getAssignee(),
                        t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant()))
                .toList();
    }
}
