package org.copact.overview;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.identity.Caller;
import org.copact.identity.CurrentCaller;
import org.copact.process.RoundReminders;
import org.copact.round.Round;
import org.copact.round.RoundChanges;
import org.copact.round.RoundPatch;
import org.copact.round.RoundService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page forms of a round's corrections: the edit page, a stakeholder added, removed, their contact
 * fixed or reminded, the round cancelled. A mistake shows the page again with every field error and
 * what was typed; a success goes back to the round's page, which says what was done.
 */
@Controller
@RequestMapping("/rounds/{id}")
@PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
class RoundEditPages {

    static final String EDIT = "rounds/edit";

    private final RoundChanges changes;
    private final RoundService rounds;
    private final RoundReminders reminders;
    private final RoundDeskPage desk;
    private final CurrentCaller callers;
    private final MessageSource messages;

    RoundEditPages(RoundChanges changes, RoundService rounds, RoundReminders reminders, RoundDeskPage desk,
            CurrentCaller callers, MessageSource messages) {
        this.changes = changes;
        this.rounds = rounds;
        this.reminders = reminders;
        this.desk = desk;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/edit")
    ModelAndView edit(@PathVariable UUID id) {
        Round round = rounds.visibleRound(id, callers.staff());
        return new ModelAndView(EDIT, Map.of("round", round, "form", RoundEditForm.of(round), "errors", List.of()));
    }

    @PostMapping("/edit")
    ModelAndView revise(@PathVariable UUID id, HttpServletRequest request) {
        Caller.Staff staff = callers.staff();
        Round round = rounds.visibleRound(id, staff);
        RoundEditForm form = RoundEditForm.from(request.getParameterMap());
        try {
            changes.revise(id, form.patch(round), staff, locale());
            return new ModelAndView("redirect:/rounds/" + id + "?edited");
        } catch (InvalidInputException e) {
            ModelAndView page = new ModelAndView(EDIT, Map.of("round", round, "form", form,
                    "errors", RoundFormErrors.named(e.errors(), messages, locale())));
            page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            return page;
        }
    }

    @PostMapping("/stakeholders")
    ModelAndView add(@PathVariable UUID id, HttpServletRequest request) {
        Caller.Staff staff = callers.staff();
        StakeholderForm form = StakeholderForm.from(request.getParameterMap());
        try {
            changes.addStakeholder(id, form.input(), staff, locale());
            return new ModelAndView("redirect:/rounds/" + id + "?added");
        } catch (InvalidInputException e) {
            return desk.show(id, staff, Map.of("addForm", form, "addErrors", named(e.errors())),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @PostMapping("/stakeholders/{participationId}/remove")
    ModelAndView remove(@PathVariable UUID id, @PathVariable UUID participationId) {
        Caller.Staff staff = callers.staff();
        try {
            changes.removeStakeholder(id, participationId, staff, locale());
            return new ModelAndView("redirect:/rounds/" + id + "?removed");
        } catch (InvalidInputException e) {
            return desk.show(id, staff, Map.of("contactErrors", Map.of(participationId.toString(), named(e.errors()))),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @PostMapping("/stakeholders/{participationId}/contact")
    ModelAndView fixContact(@PathVariable UUID id, @PathVariable UUID participationId,
            @RequestParam(name = "contactName", required = false) String contactName,
            @RequestParam(name = "email", required = false) String email) {
        Caller.Staff staff = callers.staff();
        try {
            changes.fixContact(id, participationId, new RoundPatch.ContactFix(blankToNull(contactName),
                    blankToNull(email)), staff, locale());
            return new ModelAndView("redirect:/rounds/" + id + "?contactFixed");
        } catch (InvalidInputException e) {
            return desk.show(id, staff, Map.of("contactErrors", Map.of(participationId.toString(), named(e.errors()))),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    /** "Remind now" for one stakeholder: a mail naming their open task, with a fresh link. */
    @PostMapping("/stakeholders/{participationId}/reminder")
    String remindOne(@PathVariable UUID id, @PathVariable UUID participationId) {
        Round round = rounds.visibleRound(id, callers.staff());
        // only the round's own stakeholders hold tasks under its business key: anyone else has none to be reminded of
        boolean reminded = reminders.remindOne(round.id(), participationId, callers.staff().username());
        return "redirect:/rounds/" + id + (reminded ? "?remindedOne" : "?nobodyToRemind");
    }

    @PostMapping("/cancel")
    ModelAndView cancel(@PathVariable UUID id, @RequestParam(name = "reason", required = false) String reason) {
        Caller.Staff staff = callers.staff();
        try {
            changes.cancel(id, reason, staff, locale());
            return new ModelAndView("redirect:/rounds/" + id + "?cancelled");
        } catch (InvalidInputException e) {
            return desk.show(id, staff, Map.of("cancelErrors", named(e.errors()),
                    "cancelReason", reason == null ? "" : reason), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    /** The errors with their fields named as the page names them. */
    private List<FieldError> named(List<FieldError> errors) {
        Locale locale = locale();
        return errors.stream().map(e -> new FieldError(messages.getMessage("page.desk.field." + e.field(), null,
                e.field(), locale), e.message())).toList();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
