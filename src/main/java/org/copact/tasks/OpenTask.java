package org.copact.tasks;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.copact.common.FieldError;
import org.copact.common.Language;
import org.copact.forms.FormDefinition;
import org.copact.forms.FormDocuments;
import org.copact.forms.FormProblem;
import org.copact.identity.Caller;

/**
 * An open task the caller may do, looked up once per request by the {@link TaskInbox}: its form's
 * definition, its reference for its step, and what the request does with it (show its form, name
 * the documents of some values, explain problems, submit). The work is done by
 * {@link OpenTaskActions}, each action in its own transaction.
 */
final class OpenTask {

    private final Task task;
    private final FormDefinition definition;
    private final TaskStep step;
    private final OpenTaskRef ref;
    private final Caller caller;
    private final OpenTaskActions actions;
    private final Map<String, Object> variables;

    /** {@code step} is null for a task whose form is generated from its camunda:formData */
    OpenTask(Task task, FormDefinition definition, TaskStep step, OpenTaskRef ref, Caller caller,
            OpenTaskActions actions, Map<String, Object> variables) {
        this.variables = variables;
        this.task = task;
        this.definition = definition;
        this.step = step;
        this.ref = ref;
        this.caller = caller;
        this.actions = actions;
    }

    String id() {
        return task.getId();
    }

    TaskView view() {
        return TaskView.of(task);
    }

    /** the definition of the task's form, for reading what a page posted */
    FormDefinition definition() {
        return definition;
    }

    /** the task as its step sees it: its round, participation, pact version and who acts */
    OpenTaskRef ref() {
        return ref;
    }

    Caller caller() {
        return caller;
    }

    /** who holds the files the task's form is given */
    FormDocuments.Holder fileHolder() {
        return ref.fileHolder();
    }

    /** The form in the language chosen, else the person's own, else the round's; with its values to start from. */
    TaskForm form(Language chosen) {
        return actions.form(this, chosen);
    }

    /** The values as a page shows them again: each filepicker's documents named, those not the caller's left out. */
    Map<String, Object> withDocuments(Map<String, Object> values) {
        return actions.withDocuments(this, values);
    }

    /**
     * The task's variables, which the form's conditions and read-only expressions see under its
     * values, and whose values its disabled and read-only inputs show, as in Tasklist; as they were
     * when this request looked the task up.
     */
    Map<String, Object> variables() {
        return variables;
    }

    /** The problems in words, in the language the person reads the task in. */
    List<FieldError> explain(List<FormProblem> problems, Language chosen) {
        return actions.explain(this, problems, chosen);
    }

    /** Checks the values against the task's form, records them and completes the task, all or nothing. */
    void submit(Map<String, Object> values, Language chosen) {
        submit(values, chosen, List.of());
    }

    /**
     * As {@link #submit(Map, Language)}; {@code pending}: what is already known to be wrong (a file
     * refused on the way in), reported with the rest and keeping the task open.
     */
    void submit(Map<String, Object> values, Language chosen, List<FormProblem> pending) {
        actions.submit(this, values, chosen, pending);
    }

    /** what the person needs to see to do this task, besides the round, in their language */
    Map<String, Object> stepContext(Language language) {
        return step == null ? Map.of() : step.context(ref, language);
    }

    /** the process variables the task completes with: a formData task's its fields, as in Tasklist */
    Map<String, Object> complete(Map<String, Object> checked, Submission submission) {
        return step == null ? checked : step.complete(ref.submittedWith(submission), checked);
    }

    /** what the page and the API carry beside the form's inputs, for the step to check ({@link TaskStep#carriedKeys()}) */
    java.util.Set<String> carriedKeys() {
        return step == null ? java.util.Set.of() : step.carriedKeys();
    }

    /** inputs never kept in a draft ({@link TaskStep#unkeptKeys()}) */
    java.util.Set<String> unkeptKeys() {
        return step == null ? java.util.Set.of() : step.unkeptKeys();
    }

    /** the step, when a one-time code confirms its submission */
    java.util.Optional<CodeConfirmedStep> codeConfirmed() {
        return step instanceof CodeConfirmedStep confirmed ? java.util.Optional.of(confirmed)
                : java.util.Optional.empty();
    }

    /** Mails the person a code that confirms this task's submission; a task without codes has none to send. */
    CodeConfirmedStep.CodeSent sendCode(Language chosen) {
        return actions.sendCode(this, chosen);
    }

    boolean startsFromEarlierAnswer() {
        return step == null || step.startsFromEarlierAnswer();
    }
}
