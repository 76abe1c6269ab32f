package org.copact.tasks;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The open tasks of a round, from the engine: every process of a round carries its id as business key. */
@Component
class EngineRoundTasks implements RoundTasks {

    private final TaskService engineTasks;
    private final RuntimeService runtime;

    EngineRoundTasks(TaskService engineTasks, RuntimeService runtime) {
        this.engineTasks = engineTasks;
        this.runtime = runtime;
    }

    @Override
    public List<RegionTask> facilitatorTasks(String regionId) {
        List<Task> open = engineTasks.createTaskQuery().taskCandidateGroup(TaskVariables.facilitatorGroup(regionId))
                .includeAssignedTasks().active().orderByTaskCreateTime().asc().list();
        if (open.isEmpty()) {
            return List.of();
        }
        Set<String> instances = open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> roundIds = runtime.createProcessInstanceQuery().processInstanceIds(instances).list()
                .stream().filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return open.stream().filter(t -> roundIds.containsKey(t.getProcessInstanceId()))
                .map(t -> new RegionTask(t.getId(), t.getTaskDefinitionKey(), t.getName(),
                        UUID.fromString(roundIds.get(t.getProcessInstanceId())),
                        t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant()))
                .toList();
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
