package org.copact.tasks;

import java.time.Instant;
import org.camunda.bpm.engine.task.Task;

/** A task in a person's inbox. */
record TaskView(String id, String taskKey, String name, String formId, Instant created, Instant due) {

    static TaskView of(Task task) {
        return new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey(),
                task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

}
