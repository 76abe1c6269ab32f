package org.copact.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.copact.common.InvalidInputException;
import org.copact.pact.PactDocument;
import org.copact.pact.PactDocumentValidator;
import org.copact.pact.PactDraft;
import org.copact.pact.PactDraftInput;
import org.copact.pact.PactDrafts;
import org.copact.process.PactDraftSources;
import org.copact.round.Round;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The draft of a round's next pact version, for the program that writes it as the drafting page
 * does: read it, save it whole (every field error at once, in the caller's language, nothing kept
 * on error), start its commitments from the consultation's answers. Publishing it is completing the
 * round's drafting task. A save names the revision it was made on ({@code If-Match}) so that it does
 * not overwrite a save made since.
 */
@RestController
@RequestMapping("/api/rounds/{id}/pact/draft")
@Tag(name = "Pact draft", description = "The structured draft of a round's next pact version")
class PactDraftController {

    /** The draft as the API shows it; {@code revision} is what the next save names in If-Match. */
    record DraftView(UUID roundId, PactDocument document, Integer basedOnNumber, long revision, boolean saved,
            String updatedBy, Instant updatedAt) {

        static DraftView of(PactDraft draft) {
            return new DraftView(draft.roundId(), draft.document(), draft.basedOnNumber(), draft.revision(),
                    draft.saved(), draft.updatedBy(), draft.updatedAt());
        }
    }

    private final DraftableRounds rounds;
    private final PactDrafts drafts;
    private final PactDocumentValidator validator;
    private final PactDraftSources sources;
    private final MessageSource messages;

    PactDraftController(DraftableRounds rounds, PactDrafts drafts, PactDocumentValidator validator,
            PactDraftSources sources, MessageSource messages) {
        this.messages = messages;
        this.rounds = rounds;
        this.drafts = drafts;
        this.validator = validator;
        this.sources = sources;
    }

    @GetMapping
    @Operation(summary = "The draft: the one saved, else the latest version, else a pact with the round's title")
    ResponseEntity<DraftView> get(@PathVariable UUID id) {
        Round round = rounds.visible(id);
        return tagged(drafts.current(round.id(), round.title()));
    }

    @PutMapping
    @Operation(summary = "Save the whole draft; 400 with every field error, 409 when it was saved since the revision named")
    ResponseEntity<DraftView> save(@PathVariable UUID id, @RequestBody PactDraftInput input,
            @Parameter(description = "the revision the draft was read at, as GET returned it")
            @RequestHeader(name = "If-Match", required = false) String revision) {
        Round round = rounds.editable(id);
        PactDocument document = validator.validate(input, PactDocumentValidator.Mode.SAVE,
                sources.signatories(round.id()), LocaleContextHolder.getLocale());
        return tagged(drafts.save(round.id(), document, revision(revision), rounds.actor()));
    }

    @PostMapping("/commitments-from-answers")
    @Operation(summary = "Add to the draft, for each signatory without commitments, one holding what they said they could commit to")
    ResponseEntity<DraftView> fromAnswers(@PathVariable UUID id) {
        Round round = rounds.editable(id);
        PactDraft draft = drafts.current(round.id(), round.title());
        return tagged(drafts.save(round.id(), sources.withStatedCommitments(round.id(), draft.document()),
                draft.revision(), rounds.actor()));
    }

    private Long revision(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        try {
            return Long.valueOf(header.strip().replace("W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", messages.getMessage("pact.error.revision", null,
                    LocaleContextHolder.getLocale()));
        }
    }

    private static ResponseEntity<DraftView> tagged(PactDraft draft) {
        return ResponseEntity.ok().eTag("\"" + draft.revision() + "\"").body(DraftView.of(draft));
    }
}
