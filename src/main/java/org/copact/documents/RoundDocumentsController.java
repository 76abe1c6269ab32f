package org.copact.documents;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.copact.common.InvalidInputException;
import org.copact.common.NotFoundException;
import org.copact.identity.CurrentCaller;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The documents of a round, for its region's facilitators: listed, and added as a multipart {@code file}. */
@RestController
@RequestMapping("/api/rounds/{roundId}/documents")
class RoundDocumentsController {

    private final DocumentService documents;
    private final RoundService rounds;
    private final CurrentCaller caller;

    RoundDocumentsController(DocumentService documents, RoundService rounds, CurrentCaller caller) {
        this.documents = documents;
        this.rounds = rounds;
        this.caller = caller;
    }

    /** Each document with every stakeholder who sent its bytes, under the name each gave it. */
    @GetMapping
    List<DocumentService.RoundDocument> list(@PathVariable UUID roundId) {
        return documents.withHolders(rounds.visibleRound(roundId, caller.staff()).id());
    }

    /** The files that came to the round by mail and were not kept, each with its reason. */
    @GetMapping("/refused")
    List<DocumentService.Refusal> refused(@PathVariable UUID roundId) {
        return documents.refusals(rounds.visibleRound(roundId, caller.staff()).id());
    }

    /** The document's bytes, as an attachment: what a stakeholder sent is saved and opened, never shown inline. */
    @GetMapping("/{documentId}/content")
    ResponseEntity<byte[]> content(@PathVariable UUID roundId, @PathVariable UUID documentId) {
        Round round = rounds.visibleRound(roundId, caller.staff());
        DocumentService.Document document = documents.document(round.id(), documentId)
                .orElseThrow(() -> NotFoundException.coded("problem.notFound.document", documentId));
        byte[] content = documents.content(document.id());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    /**
     * 201 for a new document, 200 with the one already there when the same bytes come again. Only
     * the round's facilitators add documents: administrators audit the round, they bring nothing to it.
     */
    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<DocumentService.Document> add(@PathVariable UUID roundId,
            @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        Round round = rounds.visibleRound(roundId, caller.staff());
        if (caller.staff().isAdmin()) {
            throw new AccessDeniedException("Administrators audit rounds; their facilitators add documents.");
        }
        if (file == null) {
            throw new InvalidInputException("file", "must not be empty");
        }
        DocumentService.Added added = documents.add(new DocumentService.NewDocument(round.id(), null, null,
                file.getOriginalFilename(), file.getBytes(), DocumentService.SOURCE_UPLOAD, caller.staff().username()));
        URI location = URI.create("/api/rounds/" + roundId + "/documents/" + added.document().id());
        return added.isNew() ? ResponseEntity.created(location).body(added.document())
                : ResponseEntity.status(HttpStatus.OK).location(location).body(added.document());
    }
}
