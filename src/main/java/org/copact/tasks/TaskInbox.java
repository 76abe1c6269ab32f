package org.copact.tasks;

import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.copact.common.ConflictException;
import org.copact.common.NotFoundException;
import org.copact.forms.FormDataForms;
import org.copact.forms.FormDefinition;
import org.copact.forms.FormDefinitions;
import org.copact.identity.Caller;
import org.copact.round.RoundService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks of the person calling: a stakeholder sees the tasks assigned to their participation,
 * a facilitator those of their region's facilitators. Any other task is reported as missing.
 */
@Service
class TaskInbox {

    /** matches no task: the engine's ids are never a dash */

    private final TaskService engineTasks;
    private final HistoryService history;
    private final RoundService rounds;
    private final FormDefinitions forms;
    private final FormDataForms formDataForms;
    private final Map<String, TaskStep> steps;
    private final OpenTaskActions actions;

    TaskInbox(TaskService engineTasks, HistoryService history, RoundService rounds, FormDefinitions forms,
            FormDataForms formDataForms, List<TaskStep> steps, OpenTaskActions actions) {
        this.engineTasks = engineTasks;
        this.history = history;
        this.rounds = rounds;
        this.forms = forms;
        this.formDataForms = formDataForms;
        this.actions = actions;
        this.steps = steps.stream().collect(Collectors.toMap(TaskStep::taskKey, Function.identity()));
    }

    @Transactional(readOnly = true)
    List<TaskView> openTasks(Caller caller) {
        return query(caller).map(query -> query.initializeFormKeys().orderByTaskCreateTime().asc().list())
                .orElse(List.of()).stream()
                .map(TaskView::of)
                .toList();
    }

    /**
     * The open task of this id that the caller may do, from one query of the engine (and one read of
     * its variables: its round, its pact version, what its form sees), for everything the request does with it. A task the caller could
     * do but that was completed is a conflict; any other is missing.
     */
    @Transactional(readOnly = true)
    OpenTask open(String taskId, Caller caller) {
        Task task = visibleOpenTask(taskId, caller);
        TaskStep step = task.getCamundaFormRef() == null ? null : step(task);
        // read once per request: the step's reference, and what the form's conditions and read-only fields see
        Map<String, Object> variables = Map.copyOf(engineTasks.getVariables(task.getId()).entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        return new OpenTask(task, formOf(task), step, ref(task, caller, variables), caller, actions, variables);
    }

    private Task visibleOpenTask(String taskId, Caller caller) {
        Task task = query(caller).map(query -> query.taskId(taskId).initializeFormKeys().singleResult()).orElse(null);
        if (task != null) {
            return task;
        }
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                .singleResult();
        if (done != null && wasVisibleTo(done, caller)) {
            throw ConflictException.coded("problem.conflict.taskCompleted");
        }
        throw NotFoundException.coded("problem.notFound.task", taskId);
    }

    private boolean wasVisibleTo(HistoricTaskInstance done, Caller caller) {
        Optional<UUID> participation = caller.participation();
        if (participation.isPresent()) {
            return participation.get().toString().equals(done.getAssignee());
        }
        return roundIdOf(done.getProcessInstanceId())
                .map(roundId -> caller.sees(rounds.round(roundId).regionId()))
                .orElse(false);
    }

    private Optional<UUID> roundIdOf(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return instance == null || instance.getBusinessKey() == null ? Optional.empty()
                : Optional.of(UUID.fromString(instance.getBusinessKey()));
    }

    /**
     * a stakeholder's tasks are assigned to their participation; a facilitator's go to their region's
     * group; an administrator audits and has none (no query at all, so that nothing narrowed later,
     * such as a task id, can widen it)
     */
    private Optional<TaskQuery> query(Caller caller) {
        TaskQuery query = engineTasks.createTaskQuery().active();
        Optional<UUID> participation = caller.participation();
        if (participation.isPresent()) {
            return Optional.of(query.taskAssignee(participation.get().toString()));
        }
        Set<String> regions = caller.facilitatedRegions();
        return regions.isEmpty() ? Optional.empty() : Optional.of(query.taskCandidateGroupIn(regions.stream()
                .map(TaskVariables::facilitatorGroup).toList()).includeAssignedTasks());
    }

    private OpenTaskRef ref(Task task, Caller caller, Map<String, Object> variables) {
        UUID roundId = UUID.fromString((String) variables.get(TaskVariables.ROUND_ID));
        Object pactVersionId = variables.get(TaskVariables.PACT_VERSION_ID);
        UUID versionId = pactVersionId == null ? null : UUID.fromString((String) pactVersionId);
        return new OpenTaskRef(task.getId(), task.getTaskDefinitionKey(), roundId,
                caller.participation().orElse(null), versionId, caller.actor());
    }

    private FormDefinition formOf(Task task) {
        if (task.getCamundaFormRef() == null) {
            return formDataForms.of(task);
        }
        String formId = task.getCamundaFormRef().getKey();
        return forms.byId(formId).orElseThrow(() -> new IllegalStateException(
                "Task " + task.getTaskDefinitionKey() + " refers to form '" + formId + "', which is not in forms/"));
    }

    private TaskStep step(Task task) {
        TaskStep step = steps.get(task.getTaskDefinitionKey());
        if (step == null) {
            throw new IllegalStateException("No step completes tasks of kind " + task.getTaskDefinitionKey());
        }
        return step;
    }
}
