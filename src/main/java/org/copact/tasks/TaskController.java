package org.copact.tasks;

import java.util.List;
import java.util.Map;
import org.copact.common.Language;
import org.copact.identity.CurrentCaller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskInbox inbox;
    private final CurrentCaller caller;

    TaskController(TaskInbox inbox, CurrentCaller caller) {
        this.inbox = inbox;
        this.caller = caller;
    }

    /** The caller's open tasks, oldest first. */
    @GetMapping
    List<TaskView> myTasks() {
        return inbox.openTasks(caller.get());
    }

    /** The form in the language asked for with {@code lang}, else the person's own, else the round's. */
    @GetMapping("/{id}/form")
    TaskForm form(@PathVariable String id, @RequestParam(name = "lang", required = false) String lang) {
        return inbox.open(id, caller.get()).form(Language.fromCodeOrNull(lang));
    }

    /**
     * Completes the task with the values of its form, given as one JSON object by field key. Field
     * errors come back together as problem details, in the person's language; a task already completed is a 409.
     * A filepicker takes the id (or a list of ids) of documents already of the task's round, added with
     * {@code POST /api/rounds/{id}/documents} or brought by the stakeholder: an id that is not one the
     * caller may use is a field error, never a silent omission.
     */
    @PostMapping("/{id}/submission")
    ResponseEntity<Void> submit(@PathVariable String id, @RequestBody Map<String, Object> values,
            @RequestParam(name = "lang", required = false) String lang) {
        inbox.open(id, caller.get()).submit(values, Language.fromCodeOrNull(lang));
        return ResponseEntity.noContent().build();
    }
}
