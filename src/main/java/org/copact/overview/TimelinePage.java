package org.copact.overview;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.copact.audit.RoundTimeline;
import org.copact.audit.TimelineQueries;
import org.copact.audit.TimelineQuery;
import org.copact.audit.TimelineSlice;
import org.copact.audit.TimelineTexts;
import org.copact.common.InvalidInputException;
import org.copact.identity.CurrentCaller;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.round.RoundTimes;
import org.copact.round.Stage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A round's history as a page that reads like a story: people by name, one page of 50 entries at a
 * time, filters by stage, person and type, and the engine's own steps folded away unless asked for.
 * Plain links and a GET form: it works without JavaScript.
 */
@Controller
class TimelinePage {

    static final String TIMELINE = "rounds/timeline";

    private final RoundService rounds;
    private final RoundTimeline timeline;
    private final TimelineQueries queries;
    private final TimelineTexts texts;
    private final CurrentCaller caller;

    TimelinePage(RoundService rounds, RoundTimeline timeline, TimelineQueries queries, TimelineTexts texts,
            CurrentCaller caller) {
        this.rounds = rounds;
        this.timeline = timeline;
        this.queries = queries;
        this.texts = texts;
        this.caller = caller;
    }

    @GetMapping("/rounds/{id}/timeline")
    ModelAndView timeline(@PathVariable UUID id, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String person, @RequestParam(required = false) String type,
            @RequestParam(required = false) String engine, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Round round = rounds.visibleRound(id, caller.staff());
        ModelAndView view = new ModelAndView(TIMELINE);
        TimelineQuery query;
        try {
            query = queries.parse(stage, person, type, engine, page, size, LocaleContextHolder.getLocale());
            view.addObject("errors", List.of());
        } catch (InvalidInputException e) {
            query = new TimelineQuery(null, null, null, false, 1, TimelineQuery.DEFAULT_SIZE);
            view.addObject("errors", e.errors());
            view.setStatus(HttpStatus.BAD_REQUEST);
        }
        TimelineSlice slice = timeline.slice(round.id(), query);
        String base = "/rounds/" + round.id() + "/timeline?" + filters(query);
        view.addObject("round", round);
        view.addObject("administrator", caller.staff().isAdmin());
        view.addObject("query", query);
        view.addObject("slice", slice);
        Locale locale = LocaleContextHolder.getLocale();
        view.addObject("entries", texts.in(slice.entries(), round.timeZone(), locale));
        // each line's moment is in the round's time zone (PageTimes), named once above the list
        view.addObject("zone", RoundTimes.zoneId(round.timeZone()));
        view.addObject("stages", List.of(Stage.values()));
        view.addObject("first", slice.total() == 0 ? 0 : (slice.page() - 1) * slice.size() + 1);
        view.addObject("last", (slice.page() - 1) * slice.size() + slice.entries().size());
        view.addObject("previous", slice.hasPrevious() ? base + "page=" + (slice.page() - 1) : null);
        view.addObject("next", slice.hasNext() ? base + "page=" + (slice.page() + 1) : null);
        return view;
    }

    private static String filters(TimelineQuery query) {
        StringBuilder filters = new StringBuilder();
        if (query.stage() != null) {
            filters.append("stage=").append(query.stage().name()).append('&');
        }
        if (query.person() != null) {
            filters.append("person=").append(URLEncoder.encode(query.person(), StandardCharsets.UTF_8)).append('&');
        }
        if (query.type() != null) {
            filters.append("type=").append(URLEncoder.encode(query.type(), StandardCharsets.UTF_8)).append('&');
        }
        if (query.engine()) {
            filters.append("engine=true&");
        }
        if (query.size() != TimelineQuery.DEFAULT_SIZE) {
            filters.append("size=").append(query.size()).append('&');
        }
        return filters.toString();
    }
}
