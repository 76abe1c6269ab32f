package org.copact.tasks;

import java.util.List;
import java.util.Map;
import org.copact.common.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
     * Mails the caller a new six-digit code that confirms the signature (or decline) of this task;
     * the code is valid for a few minutes and only the latest one counts. Answers where it went,
     * partly hidden, and until when it is valid. Too many codes in an hour, or a task locked after
     * too many wrong codes, is a 429 that says, in the person's language, when to try again; a task
     * that takes no code is a 404.
     */
    @Operation(summary = "Mail me a one-time code to sign this task",
            description = "Sends a six-digit code, valid for a few minutes, to the signatory's address; submit it as "
                    + "'code' with the task's submission.")
    @ApiResponse(responseCode = "200", description = "The code was mailed")
    @ApiResponse(responseCode = "429", description = "Too many codes asked, or signing locked after wrong codes")
    @ApiResponse(responseCode = "404", description = "No such task of the caller's, or a task that takes no code")
    @PostMapping("/{id}/signing-code")
    CodeConfirmedStep.CodeSent signingCode(@PathVariable String id,
            @RequestParam(name = "lang", required = false) String lang) {
        return inbox.open(id, caller.get()).sendCode(Language.fromCodeOrNull(lang));
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
