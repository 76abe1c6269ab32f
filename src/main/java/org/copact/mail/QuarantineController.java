package org.copact.mail;

import java.util.List;
import java.util.UUID;
import org.copact.common.InvalidInputException;
import org.copact.identity.CurrentCaller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The quarantine of inbound mail, for the facilitators it concerns ({@link Quarantine}) and administrators. */
@RestController
@RequestMapping("/api/quarantine")
class QuarantineController {

    private final Quarantine quarantine;
    private final CurrentCaller caller;

    QuarantineController(Quarantine quarantine, CurrentCaller caller) {
        this.quarantine = quarantine;
        this.caller = caller;
    }

    @GetMapping
    List<Quarantine.QuarantinedMail> list() {
        return quarantine.visibleTo(caller.staff());
    }

    /** Makes the message the reply of this participation: during the consultation, their answer. */
    @PostMapping("/{id}/assignment")
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    Quarantine.QuarantinedMail assign(@PathVariable UUID id, @RequestBody Assignment assignment) {
        if (assignment == null || assignment.participationId() == null) {
            throw new InvalidInputException("participationId", "must not be empty");
        }
        return quarantine.assign(id, assignment.participationId(), caller.staff());
    }

    /** Takes the message out of the quarantine as handled, without making it anyone's reply. */
    @PostMapping("/{id}/dismissal")
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    Quarantine.QuarantinedMail dismiss(@PathVariable UUID id, @RequestBody(required = false) Dismissal dismissal) {
        if (dismissal == null || dismissal.reason() == null || dismissal.reason().isBlank()) {
            throw new InvalidInputException("reason", "must say why it is dismissed");
        }
        if (dismissal.reason().length() > 300 || dismissal.reason().indexOf('\u0000') >= 0) {
            throw new InvalidInputException("reason", "must be at most 300 characters of text");
        }
        return quarantine.dismiss(id, dismissal.reason(), caller.staff());
    }

    record Assignment(UUID participationId) {
    }

    record Dismissal(String reason) {
    }
}
