package org.copact.process;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What the engine holds of a stage's deadline, in all the processes of a round (their business key is
 * the round's id): the variables with its dates, the jobs of its reminder and deadline timers, and the
 * due dates of its stakeholders' tasks.
 */
@Component
class StageTimers {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;

    StageTimers(RuntimeService runtime, ManagementService management, TaskService tasks) {
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
    }

    /**
     * Whether the stage runs and its deadline is still ahead: its process is active and, where its
     * model has a deadline timer, that timer has not fired.
     */
    boolean running(UUID roundId, DeadlineStage stage) {
        boolean active = runtime.createProcessInstanceQuery().processDefinitionKey(stage.processKey())
                .processInstanceBusinessKey(roundId.toString()).active().count() > 0;
        return active && (stage.deadlineTimer() == null || deadlineJob(roundId, stage).isPresent());
    }

    Optional<Job> deadlineJob(UUID roundId, DeadlineStage stage) {
        return stage.deadlineTimer() == null ? Optional.empty()
                : jobs(roundId, stage.deadlineTimer()).stream().findFirst();
    }

    /** Rewrites the stage's date variables, moves its timers and the due dates of its stakeholders' tasks. */
    void move(UUID roundId, DeadlineStage stage, Instant deadline, Instant reminder) {
        Date newDeadline = Date.from(deadline);
        Date newReminder = Date.from(reminder);
        for (ProcessInstance instance : instances(roundId)) {
            Map<String, Object> held = runtime.getVariables(instance.getId(),
                    List.of(stage.deadlineVariable(), stage.reminderVariable()));
            if (held.containsKey(stage.deadlineVariable())) {
                runtime.setVariable(instance.getId(), stage.deadlineVariable(), newDeadline);
            }
            if (held.containsKey(stage.reminderVariable())) {
                runtime.setVariable(instance.getId(), stage.reminderVariable(), newReminder);
            }
        }
        if (stage.deadlineTimer() != null) {
            jobs(roundId, stage.deadlineTimer()).forEach(job -> management.setJobDuedate(job.getId(), newDeadline));
            jobs(roundId, stage.reminderTimer()).forEach(job -> management.setJobDuedate(job.getId(), newReminder));
        }
        for (Task task : openStakeholderTasks(roundId, stage)) {
            task.setDueDate(newDeadline);
            tasks.saveTask(task);
        }
    }

    /** The stakeholders' open tasks of the stage: their assignee is the participation's id. */
    List<Task> openStakeholderTasks(UUID roundId, DeadlineStage stage) {
        return tasks.createTaskQuery().processInstanceBusinessKey(roundId.toString())
                .taskDefinitionKey(stage.stakeholderTask()).active().list();
    }

    private List<ProcessInstance> instances(UUID roundId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(roundId.toString()).list();
    }

    private List<Job> jobs(UUID roundId, String timer) {
        return instances(roundId).stream()
                .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId())
                        .activityId(timer).timers().list().stream())
                .toList();
    }
}
