package org.copact.tasks;

import org.copact.common.Language;
import org.copact.identity.CurrentCaller;
import org.springframework.stereotype.Service;

/**
 * An open task of the caller, for what other modules keep alongside it until it is done (a
 * reviewer's comments): found as the task pages find it, a task they may not do is missing, one
 * completed is a conflict.
 */
@Service
public class OpenTasks {

    private final TaskInbox inbox;
    private final TaskLanguages languages;
    private final CurrentCaller callers;

    OpenTasks(TaskInbox inbox, TaskLanguages languages, CurrentCaller callers) {
        this.inbox = inbox;
        this.languages = languages;
        this.callers = callers;
    }

    /** the task, and the language its person does it in: the one chosen, else their own, else the round's */
    public record Found(OpenTaskRef ref, Language language) {
    }

    public Found find(String taskId, Language chosen) {
        OpenTask task = inbox.open(taskId, callers.get());
        return new Found(task.ref(), languages.of(task.caller(), task.ref().roundId(), chosen));
    }
}
