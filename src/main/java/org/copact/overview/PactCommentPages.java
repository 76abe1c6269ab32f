package org.copact.overview;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.identity.CurrentCaller;
import org.copact.pact.PactComments;
import org.copact.pact.PactDiff;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.process.ReviewComments;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.tasks.StakeholderPages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages of comments per clause and of versions side by side: for the staff, a version's comments
 * with a form to answer each (accepted, with the change; declined, with a reason); for staff and
 * stakeholders, two versions compared. A stakeholder's comparison is also JSON when asked for.
 */
@Controller
class PactCommentPages {

    static final String COMMENTS = "pact/comments";
    static final String DIFF = "pact/diff";

    private final RoundService rounds;
    private final PactService pacts;
    private final PactComments comments;
    private final ReviewComments views;
    private final CurrentCaller callers;
    private final StakeholderPages stakeholderPages;
    private final PactCommentsController api;

    PactCommentPages(RoundService rounds, PactService pacts, PactComments comments, ReviewComments views,
            CurrentCaller callers, StakeholderPages stakeholderPages, PactCommentsController api) {
        this.rounds = rounds;
        this.pacts = pacts;
        this.comments = comments;
        this.views = views;
        this.callers = callers;
        this.stakeholderPages = stakeholderPages;
        this.api = api;
    }

    @GetMapping("/rounds/{id}/pact/versions/{number}/comments")
    String comments(@PathVariable UUID id, @PathVariable int number, Model model) {
        show(model.asMap(), rounds.visibleRound(id, callers.staff()), number, Map.of(), Map.of());
        return COMMENTS;
    }

    @PostMapping("/rounds/{id}/pact/comments/{commentId}/answer")
    ModelAndView answer(@PathVariable UUID id, @PathVariable UUID commentId,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "explanation", required = false) String explanation) {
        Round round = api.answerable(id);
        int number = views.comment(round.id(), commentId).versionNumber();
        try {
            comments.answer(round.id(), commentId, status, explanation, callers.staff().actor(),
                    LocaleContextHolder.getLocale());
            return new ModelAndView("redirect:/rounds/" + id + "/pact/versions/" + number + "/comments#comment-"
                    + commentId);
        } catch (InvalidInputException e) {
            ModelAndView page = new ModelAndView(COMMENTS);
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), error.message());
            }
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("status", status == null ? "" : status);
            typed.put("explanation", explanation == null ? "" : explanation);
            show(page.getModelMap(), round, number, Map.of(commentId, errors), Map.of(commentId, typed));
            page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            return page;
        }
    }

    @GetMapping("/rounds/{id}/pact/versions/{from}/diff/{to}")
    String staffDiff(@PathVariable UUID id, @PathVariable int from, @PathVariable int to, Model model) {
        Round round = rounds.visibleRound(id, callers.staff());
        model.addAttribute("diff", api.diff(round.id(), from, to));
        model.addAttribute("round", round);
        model.addAttribute("back", "/rounds/" + round.id());
        return DIFF;
    }

    @GetMapping(path = "/my/pact/versions/{from}/diff/{to}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<PactDiff> stakeholderDiffJson(@PathVariable int from, @PathVariable int to,
            HttpServletRequest request) {
        UUID roundId = stakeholderPages.enter(request, null).roundId();
        return ResponseEntity.ok(PactDiff.between(pacts.version(roundId, from), pacts.version(roundId, to)));
    }

    @GetMapping("/my/pact/versions/{from}/diff/{to}")
    String stakeholderDiff(@PathVariable int from, @PathVariable int to,
            @RequestParam(name = "lang", required = false) String lang, HttpServletRequest request, Model model) {
        UUID roundId = stakeholderPages.enter(request, lang).roundId();
        model.addAttribute("diff", PactDiff.between(pacts.version(roundId, from), pacts.version(roundId, to)));
        model.addAttribute("round", rounds.round(roundId));
        model.addAttribute("back", "/my/pact");
        return DIFF;
    }

    private void show(Map<String, Object> model, Round round, int number, Map<UUID, Map<String, String>> errors,
            Map<UUID, Map<String, String>> typed) {
        PactVersion version = pacts.version(round.id(), number);
        List<ReviewComments.CommentView> list = views.ofVersion(version);
        model.put("round", round);
        model.put("version", version);
        model.put("comments", list);
        model.put("addressed", list.stream().filter(ReviewComments.CommentView::addressed).count());
        model.put("answerable", round.status() != org.copact.round.RoundStatus.SIGNED);
        model.put("errors", errors);
        model.put("typed", typed);
    }
}
