package org.copact.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.UUID;
import org.copact.common.ConflictException;
import org.copact.identity.CurrentCaller;
import org.copact.process.RoundReminders;
import org.copact.round.Round;
import org.copact.round.RoundChanges;
import org.copact.round.RoundDefinition;
import org.copact.round.RoundPatch;
import org.copact.round.RoundService;
import org.copact.stakeholder.ParticipationView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrections of a round by its facilitators (and administrators): edit it, add, remove or fix a
 * stakeholder, cancel it. Field errors come as problem+json, every one at once, in the caller's
 * language; a round of another region is a 404, a signed or cancelled one a 409.
 */
@RestController
@RequestMapping("/api/rounds/{id}")
@PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
class RoundChangesController {

    private final RoundChanges changes;
    private final RoundService rounds;
    private final RoundOverview overview;
    private final RoundReminders reminders;
    private final CurrentCaller caller;

    RoundChangesController(RoundChanges changes, RoundService rounds, RoundOverview overview,
            RoundReminders reminders, CurrentCaller caller) {
        this.changes = changes;
        this.rounds = rounds;
        this.overview = overview;
        this.reminders = reminders;
        this.caller = caller;
    }

    @PatchMapping
    @Operation(summary = "Edit a round", description = "Fields left out stay as they are; a topic given empty is "
            + "cleared. Before the launch everything can change; after it the title, topic, deadlines (the "
            + "consultation's while it is open: its timers and tasks move with it) and targets.")
    @ApiResponse(responseCode = "400", description = "every field error at once; nothing changed")
    RoundView revise(@PathVariable UUID id, @RequestBody RoundPatch patch) {
        return overview.of(changes.revise(id, patch, caller.staff(), LocaleContextHolder.getLocale()));
    }

    @DeleteMapping
    @Operation(summary = "Cancel a round", description = "The reason is required, in the body "
            + "({\"reason\": \"...\"}) or as ?reason=. The round's process ends; its stakeholders (once launched) "
            + "and the region's facilitators are told by mail.")
    RoundView cancel(@PathVariable UUID id, @RequestBody(required = false) RoundPatch.Cancellation body,
            @RequestParam(name = "reason", required = false) String reason) {
        String given = body != null && body.reason() != null ? body.reason() : reason;
        return overview.of(changes.cancel(id, given, caller.staff(), LocaleContextHolder.getLocale()));
    }

    @PostMapping("/stakeholders")
    @Operation(summary = "Add a stakeholder", description = "After the launch they are asked at once by the "
            + "stage that runs, if it asks their role (the consultation invites a participant: their task and mail).")
    @ApiResponse(responseCode = "201", description = "the stakeholder as the round lists them")
    ResponseEntity<RoundView.StakeholderView> add(@PathVariable UUID id,
            @RequestBody RoundDefinition.StakeholderInput stakeholder) {
        ParticipationView added = changes.addStakeholder(id, stakeholder, caller.staff(),
                LocaleContextHolder.getLocale());
        return ResponseEntity.created(URI.create("/api/rounds/" + id + "/stakeholders/" + added.id()))
                .body(stakeholder(id, added.id()));
    }

    @DeleteMapping("/stakeholders/{participationId}")
    @Operation(summary = "Remove a stakeholder", description = "Their links stop working, their open tasks are "
            + "withdrawn and they are told by mail, in their language. The round keeps at least one signatory.")
    @ApiResponse(responseCode = "204", description = "removed")
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID participationId) {
        changes.removeStakeholder(id, participationId, caller.staff(), LocaleContextHolder.getLocale());
        return ResponseEntity.noContent().build();
    }

    @PatchMapping("/stakeholders/{participationId}")
    @Operation(summary = "Fix a stakeholder's contact", description = "A new name or email address (either may be "
            + "left out). A new address revokes every link sent to the old one; once launched, the personal link "
            + "goes again to the new address.")
    RoundView.StakeholderView fix(@PathVariable UUID id, @PathVariable UUID participationId,
            @RequestBody RoundPatch.ContactFix fix) {
        changes.fixContact(id, participationId, fix, caller.staff(), LocaleContextHolder.getLocale());
        return stakeholder(id, participationId);
    }

    @PostMapping("/stakeholders/{participationId}/reminder")
    @Operation(summary = "Remind one stakeholder now", description = "A mail naming their oldest open task, with a "
            + "fresh personal link. 409 when they have no open task.")
    @ApiResponse(responseCode = "202", description = "the reminder is on its way")
    ResponseEntity<Void> remind(@PathVariable UUID id, @PathVariable UUID participationId) {
        Round round = rounds.visibleRound(id, caller.staff());
        stakeholder(round.id(), participationId);
        if (!reminders.remindOne(round.id(), participationId, caller.staff().username())) {
            throw new ConflictException("This stakeholder has no open task to be reminded of.");
        }
        return ResponseEntity.accepted().build();
    }

    private RoundView.StakeholderView stakeholder(UUID roundId, UUID participationId) {
        return overview.of(rounds.round(roundId)).stakeholders().stream()
                .filter(s -> s.participationId().equals(participationId)).findFirst()
                .orElseThrow(() -> new org.copact.common.NotFoundException("No stakeholder " + participationId
                        + " in this round"));
    }
}
