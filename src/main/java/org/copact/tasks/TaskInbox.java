package org.copact.tasks;

import org.copact.forms.FormValidator;
import org.copact.forms.Attachments;
import org.copact.forms.FormDataForms;
import org.copact.forms.FormDefinition;
import org.copact.forms.FormDefinitions;
import org.copact.forms.FormMessages;
import org.copact.forms.FormProblem;
import org.copact.forms.FormTranslations;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.copact.common.InvalidInputException;
import org.copact.common.Language;
import org.copact.common.NotFoundException;
import org.copact.identity.Caller;
import org.copact.round.RoundService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks of the person calling: a stakeholder sees the tasks assigned to their participation,
 * a facilitator those of their region's facilitators. Any other task is reported as missing.
 */
@Service
class TaskInbox {

    /** matches no task: the engine's ids are never a dash */
    private static final String NO_TASK = "-";

    private final TaskService engineTasks;
    private final HistoryService history;
    private final RoundService rounds;
    private final FormDefinitions forms;
    private final Map<String, TaskStep> steps;
    private final TaskLanguages languages;
    private final FormMessages messages;
    private final FormTranslations translations = FormTranslations.fromClasspath();
    private final FormDataForms formDataForms;
    private final TaskDrafts drafts;
    private final TaskSubmissions submissions;
    private final Attachments attachments;

    TaskInbox(TaskService engineTasks, HistoryService history, RoundService rounds, FormDefinitions forms,
            List<TaskStep> steps, TaskLanguages languages, MessageSource messages, FormDataForms formDataForms,
            TaskDrafts drafts, TaskSubmissions submissions, Attachments attachments) {
        this.formDataForms = formDataForms;
        this.drafts = drafts;
        this.submissions = submissions;
        this.attachments = attachments;
        this.engineTasks = engineTasks;
        this.history = history;
        this.rounds = rounds;
        this.forms = forms;
        this.languages = languages;
        this.messages = new FormMessages(messages);
        this.steps = steps.stream().collect(Collectors.toMap(TaskStep::taskKey, Function.identity()));
    }

    @Transactional(readOnly = true)
    List<TaskView> openTasks(Caller caller) {
        return query(caller).initializeFormKeys().orderByTaskCreateTime().asc().list().stream()
                .map(TaskView::of)
                .toList();
    }

    @Transactional(readOnly = true)
    TaskForm form(String taskId, Caller caller, Language chosen) {
        Task task = visibleOpenTask(taskId, caller);
        FormDefinition form = formOf(task);
        OpenTaskRef ref = ref(task, caller);
        Map<String, Object> context = new HashMap<>(hasFormRef(task) ? step(task).context(ref) : Map.of());
        context.put("roundTitle", rounds.round(ref.roundId()).title());
        String organisation = languages.organisationOf(caller);
        if (organisation != null) {
            context.put("organisation", organisation);
        }
        Language language = languages.of(caller, ref.roundId(), chosen);
        EarlierAnswer earlier = startsFromEarlierAnswer(task) ? submissions.earlier(ref).orElse(null) : null;
        Map<String, Object> draft = drafts.find(taskId, caller);
        Map<String, Object> values = !draft.isEmpty() ? draft : earlier != null ? earlier.values() : Map.of();
        return new TaskForm(TaskView.of(task), translations.translate(form, language), context, language, values,
                earlier);
    }

    /** The definition of the task's form, for reading what a page posted. */
    @Transactional(readOnly = true)
    FormDefinition definition(String taskId, Caller caller) {
        return formOf(visibleOpenTask(taskId, caller));
    }

    /** The task, its round and whose it is, for a page that keeps the files posted with it. */
    @Transactional(readOnly = true)
    OpenTaskRef ref(String taskId, Caller caller) {
        return ref(visibleOpenTask(taskId, caller), caller);
    }

    /** The values as a page shows them again: each filepicker's documents named, those not the caller's left out. */
    @Transactional(readOnly = true)
    Map<String, Object> withDocuments(String taskId, Caller caller, Map<String, Object> values) {
        Task task = visibleOpenTask(taskId, caller);
        return attachments.resolve(formOf(task), ref(task, caller).fileHolder(), values, new java.util.ArrayList<>());
    }

    /** The problems in words, in the language the person reads the task in. */
    @Transactional(readOnly = true)
    List<org.copact.common.FieldError> explain(String taskId, Caller caller, List<FormProblem> problems,
            Language chosen) {
        return messages.errors(problems, languages.of(caller, ref(taskId, caller).roundId(), chosen));
    }

    /** Checks the values against the task's form, records them and completes the task, all or nothing. */
    @Transactional
    void submit(String taskId, Caller caller, Map<String, Object> submitted, Language chosen) {
        submit(taskId, caller, submitted, chosen, List.of());
    }

    /**
     * As {@link #submit(String, Caller, Map, Language)}; {@code pending}: what is already known to be
     * wrong (a file refused on the way in), reported with the rest and keeping the task open.
     */
    @Transactional
    void submit(String taskId, Caller caller, Map<String, Object> submitted, Language chosen,
            List<FormProblem> pending) {
        Task task = visibleOpenTask(taskId, caller);
        FormDefinition form = formOf(task);
        OpenTaskRef ref = ref(task, caller);
        List<FormProblem> problems = new java.util.ArrayList<>(pending);
        Map<String, Object> withDocuments = attachments.resolve(form, ref.fileHolder(), submitted, problems);
        // as form-js, limits given by FEEL expressions see the task's variables besides the answers
        Map<String, Object> taskVariables = form.hasLimitExpressions() ? engineTasks.getVariables(task.getId())
                : Map.of();
        FormValidator.Result checked = FormValidator.validate(form, withDocuments, taskVariables);
        checked.problems().stream().filter(p -> problems.stream().noneMatch(known -> known.field().equals(p.field())))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            Language language = languages.of(caller, ref.roundId(), chosen);
            throw new InvalidInputException(messages.errors(problems, language));
        }
        // a task generated from camunda:formData completes with its fields as variables, as in Tasklist
        Map<String, Object> completion = hasFormRef(task) ? step(task).complete(ref, checked.values())
                : checked.values();
        if (startsFromEarlierAnswer(task)) {
            submissions.save(ref, checked.values());
        }
        if (caller instanceof Caller.Staff staff) {
            engineTasks.setAssignee(task.getId(), staff.username());
        }
        engineTasks.complete(task.getId(), completion);
    }

    private Task visibleOpenTask(String taskId, Caller caller) {
        Task task = query(caller).taskId(taskId).initializeFormKeys().singleResult();
        if (task != null) {
            return task;
        }
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                .singleResult();
        if (done != null && wasVisibleTo(done, caller)) {
            throw new ConflictException("This task was already completed.");
        }
        throw new NotFoundException("No task " + taskId);
    }

    private boolean wasVisibleTo(HistoricTaskInstance done, Caller caller) {
        if (caller instanceof Caller.Stakeholder stakeholder) {
            return stakeholder.participationId().toString().equals(done.getAssignee());
        }
        Caller.Staff staff = (Caller.Staff) caller;
        return roundIdOf(done.getProcessInstanceId())
                .map(roundId -> staff.sees(rounds.round(roundId).regionId()))
                .orElse(false);
    }

    private Optional<UUID> roundIdOf(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return instance == null || instance.getBusinessKey() == null ? Optional.empty()
                : Optional.of(UUID.fromString(instance.getBusinessKey()));
    }

    private TaskQuery query(Caller caller) {
        TaskQuery query = engineTasks.createTaskQuery().active();
        if (caller instanceof Caller.Stakeholder stakeholder) {
            return query.taskAssignee(stakeholder.participationId().toString());
        }
        Caller.Staff staff = (Caller.Staff) caller;
        if (staff.isAdmin()) {
            // administrators audit; the tasks of a round belong to its facilitators and stakeholders
            return query.taskId(NO_TASK);
        }
        return query.taskCandidateGroup(TaskVariables.facilitatorGroup(staff.regionId())).includeAssignedTasks();
    }

    private OpenTaskRef ref(Task task, Caller caller) {
        Map<String, Object> variables = engineTasks.getVariables(task.getId(),
                List.of(TaskVariables.ROUND_ID, TaskVariables.PACT_VERSION_ID));
        UUID roundId = UUID.fromString((String) variables.get(TaskVariables.ROUND_ID));
        Object pactVersionId = variables.get(TaskVariables.PACT_VERSION_ID);
        UUID versionId = pactVersionId == null ? null : UUID.fromString((String) pactVersionId);
        if (caller instanceof Caller.Stakeholder stakeholder) {
            return new OpenTaskRef(task.getId(), task.getTaskDefinitionKey(), roundId, stakeholder.participationId(),
                    versionId, "stakeholder:" + stakeholder.participationId());
        }
        return new OpenTaskRef(task.getId(), task.getTaskDefinitionKey(), roundId, null, versionId,
                ((Caller.Staff) caller).username());
    }

    private boolean startsFromEarlierAnswer(Task task) {
        return !hasFormRef(task) || step(task).startsFromEarlierAnswer();
    }

    private static boolean hasFormRef(Task task) {
        return task.getCamundaFormRef() != null;
    }

    private FormDefinition formOf(Task task) {
        if (!hasFormRef(task)) {
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
