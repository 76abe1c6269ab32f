package org.copact.documents;

import org.copact.tasks.StakeholderPages;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.copact.common.NotFoundException;
import org.copact.identity.Caller;
import org.copact.identity.CurrentCaller;
import org.copact.round.RoundService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A stakeholder's documents: those they brought to their round, by email or with a task's form,
 * each with its SHA-256, to download. A document opens for the stakeholder who brought it and for
 * the round's facilitators; for anyone else it does not exist. Copact has no notion yet of a
 * document a facilitator shares with the whole round, so none is listed here.
 */
@Controller
class MyDocumentsPage {

    static final String DOCUMENTS = "tasks/documents";

    private final DocumentService documents;
    private final RoundService rounds;
    private final CurrentCaller callers;
    private final StakeholderPages pages;

    MyDocumentsPage(DocumentService documents, RoundService rounds, CurrentCaller callers, StakeholderPages pages) {
        this.documents = documents;
        this.rounds = rounds;
        this.callers = callers;
        this.pages = pages;
    }

    @GetMapping("/my/documents")
    String list(@RequestParam(name = "lang", required = false) String lang, HttpServletRequest request,
            Model model) {
        Caller.Stakeholder stakeholder = pages.enter(request, lang);
        model.addAttribute("documents", documents.heldBy(stakeholder.participationId()));
        return DOCUMENTS;
    }

    /** Always as an attachment, never shown inline: what someone sent is not a page of Copact. */
    @GetMapping("/my/documents/{id}")
    ResponseEntity<byte[]> download(@PathVariable String id) {
        Caller caller = callers.get();
        DocumentService.Document document = parse(id).flatMap(documentId -> visible(caller, documentId))
                .orElseThrow(() -> NotFoundException.coded("problem.notFound.document", id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(documents.content(document.id()));
    }

    /** a stakeholder's own document under their name for it; for staff, a document of a round they see */
    private Optional<DocumentService.Document> visible(Caller caller, UUID documentId) {
        Optional<UUID> participation = caller.participation();
        if (participation.isPresent()) {
            return documents.heldBy(participation.get(), documentId);
        }
        return documents.document(documentId).filter(d -> {
            try {
                return caller.sees(rounds.round(d.roundId()).regionId());
            } catch (NotFoundException e) {
                return false;
            }
        });
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
