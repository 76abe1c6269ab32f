package org.copact.tasks;

import java.util.List;
import java.util.Map;
import org.copact.identity.Caller;
import org.springframework.stereotype.Component;

/** Lets tests outside this package act on tasks as a person would, through the same inbox. */
@Component
public class TaskDriver {

    private final TaskInbox inbox;

    TaskDriver(TaskInbox inbox) {
        this.inbox = inbox;
    }

    public List<String> openTaskIds(Caller caller) {
        return inbox.openTasks(caller).stream().map(TaskView::id).toList();
    }

    public List<String> openTaskKeys(Caller caller) {
        return inbox.openTasks(caller).stream().map(TaskView::taskKey).toList();
    }

    public Map<String, Object> context(String taskId, Caller caller) {
        return inbox.open(taskId, caller).form(null).context();
    }

    public void submit(String taskId, Caller caller, Map<String, Object> values) {
        inbox.open(taskId, caller).submit(values, null);
    }

    /** Asks for a one-time code for this task, as its page's button does: mailed to the caller. */
    public CodeConfirmedStep.CodeSent sendCode(String taskId, Caller caller) {
        return inbox.open(taskId, caller).sendCode(null);
    }

    /** Submits the only open task of this caller. */
    public void submitOnly(Caller caller, Map<String, Object> values) {
        List<String> ids = openTaskIds(caller);
        if (ids.size() != 1) {
            throw new AssertionError("expected exactly one open task for " + caller + " but found " + ids.size());
        }
        inbox.open(ids.get(0), caller).submit(values, null);
    }
}
