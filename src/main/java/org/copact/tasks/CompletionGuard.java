package org.copact.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A Copact task (a user task with a {@link TaskStep}) is completed through Copact only, where its form
 * is checked, its step records what it means and who did it is known ({@link OpenTaskActions}). The
 * engine itself refuses every other completion (its REST API, Tasklist, a script), so that no door is
 * forgotten: a built-in listener on the completion of every user task lets a Copact task pass only
 * while Copact completes that very task on this thread. A refusal rolls the engine's command back:
 * the task stays open and nothing the request sent is kept.
 */
@Component
class CompletionGuard extends AbstractProcessEnginePlugin {

    private static final ThreadLocal<String> COMPLETING = new ThreadLocal<>();
    private static final ThreadLocal<CopactTask> REFUSED = new ThreadLocal<>();

    private final ObjectProvider<TaskStep> steps;
    private volatile Set<String> stepKeys;

    CompletionGuard(ObjectProvider<TaskStep> steps) {
        this.steps = steps;
    }

    /** Runs {@code completion}, in which the engine may complete the task {@code taskId}: Copact's own path. */
    static void completeThroughCopact(String taskId, Runnable completion) {
        String outer = COMPLETING.get();
        COMPLETING.set(taskId);
        try {
            completion.run();
        } finally {
            if (outer == null) {
                COMPLETING.remove();
            } else {
                COMPLETING.set(outer);
            }
        }
    }

    /** Forgets any refusal seen on this thread: a request starts with none. */
    static void forgetRefusal() {
        REFUSED.remove();
    }

    /** The completion the engine refused on this thread since {@link #forgetRefusal()}, for the door to explain. */
    static Optional<CopactTask> takeRefusal() {
        CopactTask refused = REFUSED.get();
        REFUSED.remove();
        return Optional.ofNullable(refused);
    }

    /** whether tasks of this BPMN id are Copact's: completing them means a step of Copact */
    boolean isCopactTask(String taskKey) {
        Set<String> keys = stepKeys;
        if (keys == null) {
            keys = steps.orderedStream().map(TaskStep::taskKey).collect(Collectors.toUnmodifiableSet());
            stepKeys = keys;
        }
        return keys.contains(taskKey);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                // built in: it runs before the model's own listeners, and no API call skips it
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, CompletionGuard.this::check);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private void check(DelegateTask task) {
        if (task.getId().equals(COMPLETING.get()) || !isCopactTask(task.getTaskDefinitionKey())) {
            return;
        }
        Object roundId = task.getVariable(TaskVariables.ROUND_ID);
        boolean facilitators = task.getCandidates().stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null);
        CopactTask refused = new CopactTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                roundId == null ? null : roundId.toString(), facilitators);
        REFUSED.set(refused);
        // a ProcessEngineException without a cause: never turned into a BPMN error of the model
        throw new ProcessEngineException("Task " + task.getId() + " (" + task.getTaskDefinitionKey()
                + ") is a Copact task: complete it in Copact, at " + refused.completedAt());
    }

    /** A Copact task as the doors outside Copact explain it: which task, and where it is done instead. */
    record CopactTask(String taskId, String taskKey, String name, String roundId, boolean forFacilitators) {

        /** the Copact page where it is done: a facilitators' task its page, a stakeholder's its round's */
        String completedAt() {
            return forFacilitators || roundId == null ? taskPage() : roundPage();
        }

        String taskPage() {
            return "/my/tasks/" + taskId;
        }

        String roundPage() {
            return "/rounds/" + roundId;
        }
    }
}
