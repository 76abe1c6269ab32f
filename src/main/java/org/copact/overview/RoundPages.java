package org.copact.overview;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.copact.common.InvalidInputException;
import org.copact.identity.Caller;
import org.copact.identity.CurrentCaller;
import org.copact.common.ConflictException;
import org.copact.identity.StaffAccounts;
import org.copact.process.DeadlineExtensionInput;
import org.copact.process.RoundReminders;
import org.copact.process.StageDeadlines;
import org.copact.round.Round;
import org.copact.round.RoundDefinition;
import org.copact.round.RoundService;
import org.copact.round.SigningPolicyText;
import org.copact.round.Stage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** A facilitator's rounds: the list, a new round, and one round's page (its desk, {@link RoundDeskPage}). */
@Controller
@RequestMapping("/rounds")
class RoundPages {

    static final String LIST = "rounds/list";
    static final String NEW = "rounds/new";

    private final RoundService rounds;
    private final RoundReminders reminders;
    private final CurrentCaller callers;
    private final MessageSource messages;
    private final StageDeadlines deadlines;
    private final StaffAccounts accounts;
    private final RoundDeskPage desk;

    RoundPages(RoundService rounds, RoundReminders reminders, CurrentCaller callers, MessageSource messages,
            StageDeadlines deadlines, StaffAccounts accounts, RoundDeskPage desk) {
        this.deadlines = deadlines;
        this.accounts = accounts;
        this.messages = messages;
        this.desk = desk;
        this.rounds = rounds;
        this.reminders = reminders;
        this.callers = callers;
    }

    @GetMapping
    String list(Model model) {
        Caller.Staff staff = callers.staff();
        model.addAttribute("rounds", rounds.visibleRounds(staff).stream().map(RoundView.Summary::of)
                .toList());
        model.addAttribute("admin", staff.isAdmin());
        return LIST;
    }

    @GetMapping("/new")
    String blank(Model model) {
        model.addAttribute("form", RoundForm.blank());
        model.addAttribute("errors", List.of());
        model.addAttribute("regions", regionChoices(callers.staff()));
        model.addAttribute("regionId", "");
        model.addAttribute("regionError", false);
        return NEW;
    }

    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    @PostMapping
    ModelAndView define(HttpServletRequest request) {
        Caller.Staff staff = callers.staff();
        RoundForm form = RoundForm.from(request.getParameterMap());
        String regionId = request.getParameter("regionId") == null ? "" : request.getParameter("regionId");
        try {
            Round round = rounds.define(inRegion(form.definition(), regionId), staff, LocaleContextHolder.getLocale());
            return new ModelAndView("redirect:/rounds/" + round.id());
        } catch (InvalidInputException e) {
            ModelAndView page = new ModelAndView(NEW, Map.of("form", form,
                    "errors", RoundFormErrors.named(e.errors(), messages, LocaleContextHolder.getLocale()),
                    "regions", regionChoices(staff), "regionId", regionId, "regionError",
                    e.errors().stream().anyMatch(f -> RoundFormErrors.REGION.equals(f.field()))));
            page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            return page;
        }
    }

    /** The round's page: the facilitator's desk. */
    @GetMapping("/{id}")
    ModelAndView round(@PathVariable UUID id) {
        return desk.show(id, callers.staff());
    }

    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    @PostMapping("/{id}/launch")
    String launch(@PathVariable UUID id) {
        rounds.launch(id, callers.staff());
        return "redirect:/rounds/" + id;
    }

    /** Moves the deadline of the running stage; a refused date comes back on the page, in its language. */
    @PreAuthorize("hasRole('FACILITATOR')")
    @PostMapping("/{id}/deadlines/{stage}/extension")
    ModelAndView extend(@PathVariable UUID id, @PathVariable String stage, HttpServletRequest request) {
        DeadlineExtensionInput input = new DeadlineExtensionInput(request.getParameter("deadline"),
                request.getParameter("reason"));
        try {
            deadlines.extend(id, stage, input, callers.staff(), LocaleContextHolder.getLocale());
            return new ModelAndView("redirect:/rounds/" + id + "?extended");
        } catch (InvalidInputException e) {
            return refused(id, DeadlinePanel.errors(e.errors()), null, input);
        } catch (ConflictException e) {
            return refused(id, Map.of(), e.getMessage(), input);
        }
    }

    /** Closes the running stage now, as if its deadline had passed. */
    @PreAuthorize("hasRole('FACILITATOR')")
    @PostMapping("/{id}/stages/{stage}/closing")
    ModelAndView close(@PathVariable UUID id, @PathVariable String stage) {
        try {
            deadlines.closeEarly(id, stage, callers.staff(), LocaleContextHolder.getLocale());
            return new ModelAndView("redirect:/rounds/" + id);
        } catch (ConflictException e) {
            return refused(id, Map.of(), e.getMessage(), null);
        }
    }

    private ModelAndView refused(UUID id, Map<String, String> errors, String problem, DeadlineExtensionInput input) {
        Map<String, Object> posted = new java.util.HashMap<>();
        posted.put("deadlineErrors", errors);
        posted.put("deadlineProblem", problem);
        posted.put("extensionDeadline", input == null ? null : input.deadline());
        posted.put("extensionReason", input == null ? null : input.reason());
        return desk.show(id, callers.staff(), posted,
                problem == null ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.CONFLICT);
    }

    /** Reminds, now, every participant who has not answered the consultation yet (the consultation's model sends). */
    @PreAuthorize("hasRole('FACILITATOR')")
    @PostMapping("/{id}/remind")
    String remind(@PathVariable UUID id) {
        Caller.Staff staff = callers.staff();
        Round round = rounds.visibleRound(id, staff);
        // a round whose consultation is over (or not running) has nobody to remind: say so, send nothing
        return "redirect:/rounds/" + id + (reminders.remindNow(round.id(), staff.username()) ? "?reminded"
                : "?nobodyToRemind");
    }

    /** the regions a round may be defined for: an administrator's are all, a facilitator's their own */
    private Map<String, String> regionChoices(Caller.Staff staff) {
        Map<String, String> all = accounts.regionNames();
        return staff.isAdmin() ? all : all.entrySet().stream().filter(r -> staff.regionIds().contains(r.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        java.util.TreeMap::new));
    }

    private static RoundDefinition inRegion(RoundDefinition d, String regionId) {
        return new RoundDefinition(d.title(), d.topic(), regionId.isBlank() ? null : regionId, d.defaultLanguage(),
                d.languages(), d.consultationDeadline(), d.reminderBefore(), d.reviewDeadline(),
                d.signatureDeadline(), d.signingRule(), d.targets(), d.stakeholders(), d.commentsVisibleToAll(),
                d.signingQuorum(), d.signingGroups(), d.signatureReminderBefore());
    }
}
