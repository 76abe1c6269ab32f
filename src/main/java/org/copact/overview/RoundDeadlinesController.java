package org.copact.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.UUID;
import org.copact.identity.CurrentCaller;
import org.copact.process.DeadlineExtensionInput;
import org.copact.process.StageDeadlines;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A facilitator moves the deadline of a running stage, or closes a stage before its deadline. */
@RestController
@RequestMapping("/api/rounds/{id}")
class RoundDeadlinesController {

    private final StageDeadlines deadlines;
    private final RoundOverview overview;
    private final CurrentCaller caller;

    RoundDeadlinesController(StageDeadlines deadlines, RoundOverview overview, CurrentCaller caller) {
        this.deadlines = deadlines;
        this.overview = overview;
        this.caller = caller;
    }

    @Operation(summary = "Extend the deadline of a running stage",
            description = "The new deadline is a date and time in the round's time zone (2027-03-01T17:00) or with "
                    + "an offset; it must be later than the current deadline and at most a year ahead. The stored "
                    + "deadline, the stage's process variables and its reminder and deadline timers move; those with "
                    + "an open task in the stage are mailed the new date and the reason; the history records who.")
    @ApiResponse(responseCode = "200", description = "the round with its new deadline")
    @ApiResponse(responseCode = "400", description = "field errors (problem+json), in the caller's language")
    @ApiResponse(responseCode = "409", description = "the stage is not running, or its deadline has passed")
    @PostMapping("/deadlines/{stage}/extension")
    @PreAuthorize("hasRole('FACILITATOR')")
    RoundView extend(@PathVariable UUID id,
            @Parameter(description = "consultation, review or signature") @PathVariable String stage,
            @RequestBody(required = false) DeadlineExtensionInput extension) {
        return overview.of(deadlines.extend(id, stage, extension == null ? new DeadlineExtensionInput(null, null)
                : extension, caller.staff(), LocaleContextHolder.getLocale()));
    }

    @Operation(summary = "Close a running stage now",
            description = "The stage closes as if its deadline had passed (the consultation: those who did not answer "
                    + "are marked and told; the review: those who did not review are marked and the facilitators "
                    + "decide). The signature cannot be closed early. The history records who closed it.")
    @ApiResponse(responseCode = "200", description = "the round after the close")
    @ApiResponse(responseCode = "409", description = "the stage is not running, or may not be closed early")
    @PostMapping("/stages/{stage}/closing")
    @PreAuthorize("hasRole('FACILITATOR')")
    RoundView close(@PathVariable UUID id,
            @Parameter(description = "consultation or review") @PathVariable String stage) {
        return overview.of(deadlines.closeEarly(id, stage, caller.staff(), LocaleContextHolder.getLocale()));
    }
}
