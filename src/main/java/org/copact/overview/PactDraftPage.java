package org.copact.overview;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copact.common.ConflictException;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.pact.CommitmentTheme;
import org.copact.pact.PactDocument;
import org.copact.pact.PactDocumentValidator;
import org.copact.pact.PactDraft;
import org.copact.pact.PactDraftInput;
import org.copact.pact.PactDrafts;
import org.copact.process.PactDraftSources;
import org.copact.round.Round;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page on which a facilitator writes the structured draft: every part of the pact as fields,
 * buttons that add, remove and move clauses, objectives, commitments and milestones (which change
 * the form, and keep it unsaved until Save), and every field error shown on its field in the page's
 * language. It works without JavaScript.
 */
@Controller
@RequestMapping("/rounds/{id}/pact/draft")
class PactDraftPage {

    static final String SAVE = "save";
    static final String FROM_ANSWERS = "from-answers";

    private final DraftableRounds rounds;
    private final PactDrafts drafts;
    private final PactDocumentValidator validator;
    private final PactDraftSources sources;

    PactDraftPage(DraftableRounds rounds, PactDrafts drafts, PactDocumentValidator validator,
            PactDraftSources sources) {
        this.rounds = rounds;
        this.drafts = drafts;
        this.validator = validator;
        this.sources = sources;
    }

    @GetMapping
    String show(@PathVariable UUID id, @RequestParam(required = false) String saved, Model model) {
        Round round = rounds.visible(id);
        PactDraft draft = drafts.current(round.id(), round.title());
        return page(model, round, PactDraftInput.of(draft.document()), draft, List.of(), saved != null, false, null);
    }

    @PostMapping
    String change(@PathVariable UUID id, @RequestParam(defaultValue = SAVE) String action,
            @RequestParam(required = false) Long revision, @RequestParam(required = false) String newSheet,
            HttpServletRequest request, Model model) {
        Round round = rounds.editable(id);
        PactDraftInput input = PactDraftForm.read(request.getParameterMap());
        PactDraft draft = drafts.current(round.id(), round.title());
        if (!SAVE.equals(action) && !FROM_ANSWERS.equals(action)) {
            return page(model, round, PactDraftForm.apply(input, action, newSheet), draft, List.of(), false, true, revision);
        }
        try {
            PactDocument document = validator.validate(input, PactDocumentValidator.Mode.SAVE,
                    sources.signatories(round.id()), LocaleContextHolder.getLocale());
            if (FROM_ANSWERS.equals(action)) {
                document = sources.withStatedCommitments(round.id(), document);
            }
            drafts.save(round.id(), document, revision, rounds.actor());
            return "redirect:/rounds/" + round.id() + "/pact/draft?saved";
        } catch (InvalidInputException e) {
            return page(model, round, input, draft, e.errors(), false, true, revision);
        } catch (ConflictException e) {
            model.addAttribute("conflict", draft.updatedBy());
            return page(model, round, input, draft, List.of(), false, true, revision);
        }
    }

    private String page(Model model, Round round, PactDraftInput input, PactDraft draft, List<FieldError> errors,
            boolean saved, boolean unsaved, Long revision) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.merge(e.field(), e.message(), (a, b) -> a + " " + b));
        Map<UUID, String> signatories = sources.signatories(round.id());
        model.addAttribute("round", round);
        model.addAttribute("draft", input);
        model.addAttribute("revision", revision == null ? draft.revision() : revision);
        model.addAttribute("basedOn", draft.basedOnNumber());
        model.addAttribute("errors", byField);
        model.addAttribute("saved", saved);
        model.addAttribute("unsaved", unsaved && errors.isEmpty() && !model.containsAttribute("conflict"));
        model.addAttribute("themes", CommitmentTheme.values());
        model.addAttribute("signatories", signatories);
        model.addAttribute("organisations", organisations(signatories));
        return "rounds/draft";
    }

    private static Map<String, String> organisations(Map<UUID, String> signatories) {
        Map<String, String> byId = new LinkedHashMap<>();
        signatories.forEach((id, organisation) -> byId.put(id.toString(), organisation));
        return byId;
    }
}
