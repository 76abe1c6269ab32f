package org.copact.overview.drafting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.copact.common.Language;
import org.copact.identity.CurrentCaller;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The consultation's answers of a round for its facilitators (and administrators): as JSON, CSV and
 * an Excel workbook, filtered as the drafting workspace filters them. A round the caller may not see
 * is missing (404); a stakeholder is refused (403).
 */
@RestController
@RequestMapping("/api/rounds/{id}/consultation")
@Tag(name = "Consultation answers", description = "The answers beside the draft: by stakeholder and by question")
class ConsultationAnswersController {

    private final RoundService rounds;
    private final CurrentCaller callers;
    private final ConsultationAnswers answers;
    private final MessageSource messages;

    ConsultationAnswersController(RoundService rounds, CurrentCaller callers, ConsultationAnswers answers,
            MessageSource messages) {
        this.rounds = rounds;
        this.callers = callers;
        this.answers = answers;
        this.messages = messages;
    }

    @Operation(summary = "The consultation's answers, by stakeholder (with their documents) and by question",
            description = "Labels in the language asked for (lang), else the caller's. A filter value that names "
                    + "nothing is a 400 problem with a field error.")
    @GetMapping(value = "/answers", produces = MediaType.APPLICATION_JSON_VALUE)
    AnswersView json(@PathVariable UUID id, @Parameter(description = "a stakeholder category, e.g. SME")
            @RequestParam(required = false) String category,
            @Parameter(description = "a question's key, e.g. priorities, or emailedText")
            @RequestParam(required = false) String question,
            @Parameter(description = "a text to find in the answers or the organisation's name, whatever its case "
                    + "and accents") @RequestParam(required = false) String text,
            @Parameter(description = "true: only those who answered; false: only those who did not")
            @RequestParam(required = false) String answered,
            @Parameter(description = "en, ro, it, el, bg or mk") @RequestParam(required = false) String lang) {
        Selection selection = select(id, category, question, text, answered, lang);
        return answers.of(selection.round().id(), selection.filter(), selection.language());
    }

    @Operation(summary = "The same answers as CSV (RFC 4180, UTF-8 with a byte order mark), one row per stakeholder")
    @GetMapping("/answers.csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID id, @RequestParam(required = false) String category,
            @RequestParam(required = false) String question, @RequestParam(required = false) String text,
            @RequestParam(required = false) String answered, @RequestParam(required = false) String lang) {
        Selection selection = select(id, category, question, text, answered, lang);
        return download(AnswersCsv.of(table(selection)), AnswersCsv.MEDIA_TYPE, selection, "csv");
    }

    @Operation(summary = "The same answers as an Excel workbook (.xlsx), one row per stakeholder")
    @GetMapping("/answers.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable UUID id, @RequestParam(required = false) String category,
            @RequestParam(required = false) String question, @RequestParam(required = false) String text,
            @RequestParam(required = false) String answered, @RequestParam(required = false) String lang) {
        Selection selection = select(id, category, question, text, answered, lang);
        return download(AnswersXlsx.of(table(selection), messages.getMessage("page.drafting.answers", null,
                selection.language().locale())), AnswersXlsx.MEDIA_TYPE, selection, "xlsx");
    }

    private record Selection(Round round, AnswerFilter filter, Language language) {
    }

    private Selection select(UUID id, String category, String question, String text, String answered, String lang) {
        Round round = rounds.visibleRound(id, callers.staff());
        Language language = Language.fromCode(lang).orElseGet(ConsultationAnswersController::callersLanguage);
        AnswerFilter filter = AnswerFilter.of(category, question, text, answered,
                answers.questions(language).stream().map(AnswersView.Question::key).toList(), messages,
                language.locale());
        return new Selection(round, filter, language);
    }

    private AnswersTable table(Selection selection) {
        AnswersView view = answers.of(selection.round().id(), selection.filter(), selection.language());
        return AnswersTable.of(view, selection.filter(), messages, selection.language().locale());
    }

    static Language callersLanguage() {
        Locale locale = LocaleContextHolder.getLocale();
        return Language.fromCode(locale == null ? null : locale.getLanguage()).orElse(Language.EN);
    }

    private static ResponseEntity<byte[]> download(byte[] body, String mediaType, Selection selection, String suffix) {
        String name = "consultation-answers-" + selection.round().id() + "." + suffix;
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
