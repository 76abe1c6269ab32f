package org.copact.overview.drafting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.common.Language;
import org.copact.identity.CurrentCaller;
import org.copact.process.DraftingTasks;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.stakeholder.StakeholderCategory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the facilitator drafts: the draft's place (its editor comes into the section
 * {@code draft-editor}; until then it leads to the task's form), and beside it what the draft must
 * answer to: on a revision the reviews of the previous version, the reviewers' comments by clause and
 * every decline's reason, each marked as addressed or not and filtered by {@code addressed}, and the
 * consultation's answers by stakeholder and by question, filtered by the page's query (no script needed).
 */
@Controller
@RequestMapping("/rounds/{id}/drafting")
class DraftingWorkspacePage {

    static final String WORKSPACE = "rounds/drafting";

    private final RoundService rounds;
    private final CurrentCaller callers;
    private final ConsultationAnswers answers;
    private final Revision.Reader revisions;
    private final DraftingTasks drafting;
    private final MessageSource messages;

    DraftingWorkspacePage(RoundService rounds, CurrentCaller callers, ConsultationAnswers answers,
            Revision.Reader revisions, DraftingTasks drafting, MessageSource messages) {
        this.rounds = rounds;
        this.callers = callers;
        this.answers = answers;
        this.revisions = revisions;
        this.drafting = drafting;
        this.messages = messages;
    }

    @GetMapping
    ModelAndView workspace(@PathVariable UUID id, @RequestParam(required = false) String category,
            @RequestParam(required = false) String question, @RequestParam(required = false) String text,
            @RequestParam(required = false) String answered, @RequestParam(required = false) String addressed) {
        Round round = rounds.visibleRound(id, callers.staff());
        Language language = ConsultationAnswersController.callersLanguage();
        List<AnswersView.Question> questions = answers.questions(language);
        AnswerFilter filter = AnswerFilter.NONE;
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            filter = AnswerFilter.of(category, question, text, answered,
                    questions.stream().map(AnswersView.Question::key).toList(), messages, language.locale());
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), error.message());
            }
        }
        Boolean onlyAddressed = null;
        if (addressed != null && !addressed.isBlank()) {
            if (addressed.strip().equals("true") || addressed.strip().equals("false")) {
                onlyAddressed = Boolean.valueOf(addressed.strip());
            } else {
                errors.putIfAbsent("addressed", messages.getMessage("page.drafting.error.addressed", null,
                        language.locale()));
            }
        }
        ModelAndView page = new ModelAndView(WORKSPACE);
        page.addObject("round", round);
        page.addObject("answers", answers.of(round.id(), filter, language));
        page.addObject("revision", revisions.of(round.id(), Revision.Shown.of(onlyAddressed)).orElse(null));
        page.addObject("addressed", onlyAddressed);
        page.addObject("draftTask", drafting.openDraftTask(round.id()).orElse(null));
        page.addObject("categories", List.of(StakeholderCategory.values()));
        page.addObject("errors", errors);
        page.addObject("filtered", !filter.equals(AnswerFilter.NONE));
        page.addObject("query", errors.isEmpty() ? query(filter) : "");
        if (!errors.isEmpty()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        return page;
    }

    /** the filter as the downloads' query, so that they hold what the page shows */
    private static String query(AnswerFilter filter) {
        List<String> parts = new ArrayList<>();
        add(parts, "category", filter.category() == null ? null : filter.category().name());
        add(parts, "question", filter.question());
        add(parts, "text", filter.text());
        add(parts, "answered", filter.answered() == null ? null : filter.answered().toString());
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
