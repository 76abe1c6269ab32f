package org.copact.overview;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.copact.common.ConflictException;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.identity.Caller;
import org.copact.identity.CurrentCaller;
import org.copact.process.AccessionEndings;
import org.copact.process.AccessionInvitations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The round page's forms about the pact in force: a facilitator invites an organisation to accede, or
 * cancels an invitation with a reason. A mistake shows the page again with every error, in the staff
 * member's language, and what was typed (nothing is stored); a success goes back to the round's page,
 * which says what was done.
 */
@Controller
@RequestMapping("/rounds/{id}/accessions")
@PreAuthorize("hasRole('FACILITATOR')")
class AccessionPages {

    private final AccessionInvitations invitations;
    private final AccessionEndings endings;
    private final RoundDeskPage desk;
    private final CurrentCaller callers;
    private final MessageSource messages;

    AccessionPages(AccessionInvitations invitations, AccessionEndings endings, RoundDeskPage desk,
            CurrentCaller callers, MessageSource messages) {
        this.invitations = invitations;
        this.endings = endings;
        this.desk = desk;
        this.callers = callers;
        this.messages = messages;
    }

    @PostMapping
    ModelAndView invite(@PathVariable UUID id, HttpServletRequest request) {
        Caller.Staff staff = callers.staff();
        AccessionForm form = AccessionForm.from(request.getParameterMap());
        try {
            invitations.invite(id, form.input(), staff, locale());
            return new ModelAndView("redirect:/rounds/" + id + "?invited#desk-accessions");
        } catch (InvalidInputException e) {
            return desk.show(id, staff, Map.of("accessionForm", form, "accessionErrors", named(e.errors())),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (ConflictException e) {
            return desk.show(id, staff, Map.of("accessionForm", form, "accessionErrors",
                    List.of(new FieldError("", e.in(messages, locale())))), HttpStatus.CONFLICT);
        }
    }

    @PostMapping("/{accessionId}/cancellation")
    ModelAndView cancel(@PathVariable UUID id, @PathVariable UUID accessionId,
            @RequestParam(name = "reason", required = false) String reason) {
        Caller.Staff staff = callers.staff();
        try {
            endings.cancel(id, accessionId, reason, staff, locale());
            return new ModelAndView("redirect:/rounds/" + id + "?accessionCancelled#desk-accessions");
        } catch (InvalidInputException e) {
            return desk.show(id, staff, Map.of("accessionCancelErrors", Map.of(accessionId.toString(),
                    named(e.errors()))), HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (ConflictException e) {
            return desk.show(id, staff, Map.of("accessionCancelErrors", Map.of(accessionId.toString(),
                    List.of(new FieldError("", e.in(messages, locale()))))), HttpStatus.CONFLICT);
        }
    }

    /** The errors with their fields named as the page names them. */
    private List<FieldError> named(List<FieldError> errors) {
        Locale locale = locale();
        return errors.stream().map(e -> e.in(messages, locale)).map(e -> new FieldError(messages.getMessage(
                "page.desk.field." + e.field(), null, e.field(), locale), e.message())).toList();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
