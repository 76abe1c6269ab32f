package org.copact.overview;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copact.common.InvalidInputException;
import org.copact.identity.Caller;
import org.copact.identity.CurrentCaller;
import org.copact.process.RoundReminders;
import org.copact.round.Round;
import org.copact.round.RoundDefinition;
import org.copact.round.RoundService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
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
    private final RoundDeskPage desk;

    RoundPages(RoundService rounds, RoundReminders reminders, CurrentCaller callers,
            MessageSource messages, RoundDeskPage desk) {
        this.messages = messages;
        this.desk = desk;
        this.rounds = rounds;
        this.reminders = reminders;
        this.callers = callers;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rounds", rounds.visibleRounds(callers.staff()).stream().map(RoundView.Summary::of)
                .toList());
        return LIST;
    }

    @GetMapping("/new")
    String blank(Model model) {
        model.addAttribute("form", RoundForm.blank());
        model.addAttribute("errors", List.of());
        return NEW;
    }

    @PreAuthorize("hasRole('FACILITATOR')")
    @PostMapping
    ModelAndView define(HttpServletRequest request) {
        Caller.Staff staff = callers.staff();
        RoundForm form = RoundForm.from(request.getParameterMap());
        try {
            Round round = rounds.define(form.definition(), staff, LocaleContextHolder.getLocale());
            return new ModelAndView("redirect:/rounds/" + round.id());
        } catch (InvalidInputException e) {
            ModelAndView page = new ModelAndView(NEW, Map.of("form", form,
                    "errors", RoundFormErrors.named(e.errors(), messages, LocaleContextHolder.getLocale())));
            page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            return page;
        }
    }

    /** The round's page: the facilitator's desk. */
    @GetMapping("/{id}")
    ModelAndView round(@PathVariable UUID id) {
        return desk.show(id, callers.staff());
    }

    @PreAuthorize("hasRole('FACILITATOR')")
    @PostMapping("/{id}/launch")
    String launch(@PathVariable UUID id) {
        rounds.launch(id, callers.staff());
        return "redirect:/rounds/" + id;
    }

    /** Reminds, now, every participant who has not answered the consultation yet (the consultation's model sends). */
    @PreAuthorize("hasRole('FACILITATOR')")
    @PostMapping("/{id}/remind")
    String remind(@PathVariable UUID id) {
        Round round = rounds.visibleRound(id, callers.staff());
        // a round whose consultation is over (or not running) has nobody to remind: say so, send nothing
        return "redirect:/rounds/" + id + (reminders.remindNow(round.id()) ? "?reminded" : "?nobodyToRemind");
    }
}
