package org.copact.overview;

import org.copact.audit.RoundTimeline;
import org.copact.audit.TimelineTexts;
import java.util.UUID;
import org.copact.identity.CurrentCaller;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A round's history as a page: every step of its processes and every audit entry, oldest first,
 * in the reader's language.
 */
@Controller
class TimelinePage {

    static final String TIMELINE = "rounds/timeline";

    private final RoundService rounds;
    private final RoundTimeline timeline;
    private final TimelineTexts texts;
    private final CurrentCaller caller;

    TimelinePage(RoundService rounds, RoundTimeline timeline, TimelineTexts texts, CurrentCaller caller) {
        this.rounds = rounds;
        this.timeline = timeline;
        this.texts = texts;
        this.caller = caller;
    }

    @GetMapping("/rounds/{id}/timeline")
    String timeline(@PathVariable UUID id, Model model) {
        Round round = rounds.visibleRound(id, caller.staff());
        model.addAttribute("round", round);
        model.addAttribute("entries", texts.in(timeline.of(round.id()), LocaleContextHolder.getLocale()));
        return TIMELINE;
    }
}
