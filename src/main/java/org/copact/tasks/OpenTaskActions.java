package org.copact.tasks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.copact.common.ConflictException;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.common.Language;
import org.copact.common.NotFoundException;
import org.copact.forms.Attachments;
import org.copact.forms.FormDefinition;
import org.copact.forms.FormMessages;
import org.copact.forms.FormProblem;
import org.copact.forms.FormTranslations;
import org.copact.forms.FormValidator;
import org.copact.round.RoundService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What can be done with an {@link OpenTask}, each in a transaction of its own; reached through the task. */
@Service
class OpenTaskActions {

    private final TaskService engineTasks;
    private final RoundService rounds;
    private final TaskLanguages languages;
    private final FormMessages messages;
    private final MessageSource texts;
    private final FormTranslations translations = FormTranslations.fromClasspath();
    private final TaskDrafts drafts;
    private final TaskSubmissions submissions;
    private final Attachments attachments;

    OpenTaskActions(TaskService engineTasks, RoundService rounds, TaskLanguages languages, MessageSource messages,
            TaskDrafts drafts, TaskSubmissions submissions, Attachments attachments) {
        this.engineTasks = engineTasks;
        this.rounds = rounds;
        this.languages = languages;
        this.messages = new FormMessages(messages);
        this.texts = messages;
        this.drafts = drafts;
        this.submissions = submissions;
        this.attachments = attachments;
    }

    @Transactional(readOnly = true)
    TaskForm form(OpenTask task, Language chosen) {
        OpenTaskRef ref = task.ref();
        Language language = languages.of(task.caller(), ref.roundId(), chosen);
        Map<String, Object> context = new HashMap<>(task.stepContext(language));
        context.put("roundTitle", rounds.round(ref.roundId()).title());
        String organisation = languages.organisationOf(task.caller());
        if (organisation != null) {
            context.put("organisation", organisation);
        }
        EarlierAnswer earlier = task.startsFromEarlierAnswer() ? submissions.earlier(ref).orElse(null) : null;
        Map<String, Object> draft = drafts.find(task.id(), task.caller());
        Map<String, Object> values = !draft.isEmpty() ? draft : earlier != null ? earlier.values() : Map.of();
        return new TaskForm(task.view(), translations.translate(task.definition(), language), context, language,
                values, earlier, task.variables());
    }

    @Transactional(readOnly = true)
    Map<String, Object> withDocuments(OpenTask task, Map<String, Object> values) {
        return attachments.resolve(task.definition(), task.fileHolder(), values, new ArrayList<>());
    }

    @Transactional(readOnly = true)
    List<FieldError> explain(OpenTask task, List<FormProblem> problems, Language chosen) {
        return messages.errors(problems, languages.of(task.caller(), task.ref().roundId(), chosen));
    }

    /** Mails a one-time code for the task, when its step takes one; any other task has none (404). */
    CodeConfirmedStep.CodeSent sendCode(OpenTask task, Language chosen) {
        CodeConfirmedStep step = task.codeConfirmed()
                .orElseThrow(() -> new NotFoundException("Task " + task.id() + " takes no code"));
        return step.sendCode(task.ref(), languages.of(task.caller(), task.ref().roundId(), chosen));
    }

    @Transactional
    void submit(OpenTask task, Map<String, Object> submitted, Language chosen, List<FormProblem> pending) {
        FormDefinition form = task.definition();
        OpenTaskRef ref = task.ref();
        Language language = languages.of(task.caller(), ref.roundId(), chosen);
        // what the page or the client carries for the step beside the form's inputs, checked by the step
        Map<String, Object> carried = new HashMap<>();
        Map<String, Object> inputs = new HashMap<>(submitted);
        for (String key : task.carriedKeys()) {
            Object value = inputs.remove(key);
            carried.put(key, value == null ? null : value.toString());
        }
        submitted = inputs;
        List<FormProblem> problems = new ArrayList<>(pending);
        Map<String, Object> withDocuments = attachments.resolve(form, ref.fileHolder(), submitted, problems);
        // as form-js, conditions, read-only expressions and limits given by FEEL expressions see the
        // task's variables besides the answers; a read-only field keeps its variable's value
        Map<String, Object> taskVariables = task.variables();
        FormValidator.Result checked = FormValidator.validate(form, withDocuments, taskVariables);
        checked.problems().stream().filter(p -> problems.stream().noneMatch(known -> known.field().equals(p.field())))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(messages.errors(problems, language));
        }
        if (engineTasks.createTaskQuery().taskId(task.id()).active().count() == 0) {
            // completed by another request since this one opened it: nothing of this one is recorded
            throw ConflictException.coded("problem.conflict.taskCompleted");
        }
        Map<String, Object> stepValues = new HashMap<>(checked.values());
        stepValues.putAll(carried);
        Map<String, Object> completion;
        try {
            completion = task.complete(stepValues, RequestOrigin.submission(language));
        } catch (InvalidInputException refused) {
            // a step says what is wrong by message codes: said here in the person's language
            throw refused.in(texts, languages.of(task.caller(), ref.roundId(), chosen).locale());
        }
        if (task.startsFromEarlierAnswer()) {
            submissions.save(ref, checked.values());
        }
        if (task.caller().participation().isEmpty()) {
            // a facilitator takes a task of their group: the engine records who did it
            engineTasks.setAssignee(task.id(), task.caller().actor());
        }
        try {
            // the engine refuses to complete a Copact task any other way (CompletionGuard)
            CompletionGuard.completeThroughCopact(task.id(), () -> engineTasks.complete(task.id(), completion));
        } catch (NullValueException | OptimisticLockingException e) {
            // completed by another request since this one opened it (a second click, another facilitator):
            // everything this one recorded rolls back with the answer
            throw ConflictException.coded("problem.conflict.taskCompleted");
        }
    }
}
