package org.copact.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.copact.common.ConflictException;
import org.copact.common.Language;
import org.copact.identity.Caller;
import org.copact.identity.CurrentCaller;
import org.copact.pact.PactComments;
import org.copact.pact.PactDiff;
import org.copact.pact.PactService;
import org.copact.process.ReviewComments;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.round.RoundStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the round's staff: the reviewers' comments on a version, each with its answer and whether it
 * was addressed; the facilitator's answer to each while the next version is drafted (published with
 * that version, and only then read by the reviewers); and two versions side by side.
 */
@RestController
@RequestMapping("/api/rounds/{id}/pact")
@Tag(name = "Pact comments and versions", description = "Comments per clause, their answers, versions side by side")
class PactCommentsController {

    /**
     * status: ACCEPTED or DECLINED; explanation: for an accepted comment what was changed (optional),
     * for a declined one the reason (required)
     */
    record AnswerInput(String status, String explanation) {
    }

    private final RoundService rounds;
    private final PactService pacts;
    private final PactComments comments;
    private final ReviewComments views;
    private final CurrentCaller caller;

    PactCommentsController(RoundService rounds, PactService pacts, PactComments comments, ReviewComments views,
            CurrentCaller caller) {
        this.rounds = rounds;
        this.pacts = pacts;
        this.comments = comments;
        this.views = views;
        this.caller = caller;
    }

    @GetMapping("/versions/{number}/comments")
    @Operation(summary = "The comments sent on a version, oldest first, each with its answer and whether it was addressed")
    List<ReviewComments.CommentView> comments(@PathVariable UUID id, @PathVariable int number) {
        Round round = rounds.visibleRound(id, caller.staff());
        return views.ofVersion(pacts.version(round.id(), number));
    }

    @PutMapping("/comments/{commentId}/answer")
    @Operation(summary = "Answer a comment: accepted (with the change) or declined (with a reason, required); "
            + "it may change until the next version publishes it; 400 with field errors (status, explanation) "
            + "in the language of lang, else the caller's, 409 once published")
    ReviewComments.CommentView answer(@PathVariable UUID id, @PathVariable UUID commentId,
            @RequestBody AnswerInput input, @RequestParam(name = "lang", required = false) String lang) {
        Round round = answerable(id);
        Language asked = Language.fromCodeOrNull(lang);
        comments.answer(round.id(), commentId, input == null ? null : input.status(),
                input == null ? null : input.explanation(), caller.staff().actor(),
                asked != null ? asked.locale() : LocaleContextHolder.getLocale());
        return views.comment(round.id(), commentId);
    }

    @GetMapping("/versions/{from}/diff/{to}")
    @Operation(summary = "Two versions side by side: each clause and commitment added, removed, changed or moved, "
            + "and the words changed inside each")
    PactDiff diff(@PathVariable UUID id, @PathVariable int from, @PathVariable int to) {
        Round round = rounds.visibleRound(id, caller.staff());
        return PactDiff.between(pacts.version(round.id(), from), pacts.version(round.id(), to));
    }

    /** The round, when the caller facilitates it and a next version can still publish the answer. */
    Round answerable(UUID id) {
        Caller.Staff staff = caller.staff();
        Round round = rounds.visibleRound(id, staff);
        if (staff.isAdmin()) {
            throw new AccessDeniedException("Administrators audit rounds; their facilitators answer comments.");
        }
        if (round.status() == RoundStatus.SIGNED) {
            throw new ConflictException("This round's pact is in force: no version will publish an answer now.");
        }
        return round;
    }
}
