package org.copact.mail;

import java.util.List;
import java.util.UUID;
import org.copact.common.InvalidInputException;
import org.copact.identity.CurrentCaller;
import org.copact.round.Round;
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

/** The facilitators' page for how a round's notices reach them. */
@Controller
@RequestMapping("/rounds/{id}/notifications")
class NoticePreferencePage {

    static final String PAGE = "rounds/notifications";

    private final RoundService rounds;
    private final NoticePreferences preferences;
    private final CurrentCaller caller;
    private final MessageSource messages;

    NoticePreferencePage(RoundService rounds, NoticePreferences preferences, CurrentCaller caller,
            MessageSource messages) {
        this.rounds = rounds;
        this.preferences = preferences;
        this.caller = caller;
        this.messages = messages;
    }

    @GetMapping
    ModelAndView show(@PathVariable UUID id) {
        Round round = rounds.visibleRound(id, caller.staff());
        return page(round, preferences.of(round.id()).name(), List.of());
    }

    @PostMapping
    @PreAuthorize("hasRole('FACILITATOR')")
    ModelAndView choose(@PathVariable UUID id, @RequestParam(name = "mode", required = false) String mode) {
        Round round = rounds.visibleRound(id, caller.staff());
        try {
            preferences.choose(round.id(), NoticePreferenceController.parse(mode, LocaleContextHolder.getLocale(),
                    messages), caller.staff().username());
            return new ModelAndView("redirect:/rounds/" + round.id() + "/notifications?saved");
        } catch (InvalidInputException e) {
            ModelAndView page = page(round, mode, e.errors());
            page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            return page;
        }
    }

    private static ModelAndView page(Round round, String mode, List<?> errors) {
        ModelAndView page = new ModelAndView(PAGE);
        page.addObject("round", round);
        page.addObject("mode", mode);
        page.addObject("modes", List.of(NoticePreferences.Mode.values()));
        page.addObject("errors", errors);
        return page;
    }
}
