package org.copact.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.copact.common.Language;
import org.copact.common.NotFoundException;
import org.copact.pact.PactComments;
import org.copact.process.ReviewComments;
import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.OpenTasks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A reviewer's comments per clause, kept with their review task until they send it, as a reviewer
 * writes them on a pull request: one at a time, on a clause or commitment of the version under review
 * or on the whole pact, removable until the review ({@code POST /api/tasks/{id}/submission}) sends them
 * all; from then on they never change.
 */
@RestController
@RequestMapping("/api/tasks/{id}/comments")
@Tag(name = "Review comments", description = "A reviewer's comments on the clauses and commitments of the version under review")
class ReviewCommentsController {

    /** anchor: the id of a clause ({@code c-…}) or commitment ({@code m-…}) of the version, or "whole" (the default) */
    record CommentInput(String anchor, String text) {
    }

    private final OpenTasks tasks;
    private final PactComments comments;
    private final ReviewComments views;

    ReviewCommentsController(OpenTasks tasks, PactComments comments, ReviewComments views) {
        this.tasks = tasks;
        this.comments = comments;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "The comments written in this review task and not sent yet")
    List<ReviewComments.CommentView> pending(@PathVariable String id) {
        OpenTaskRef task = reviewTask(id, null).ref();
        return views.pending(task.pactVersionId(), task.participationId());
    }

    @PostMapping
    @Operation(summary = "Add a comment on a clause, a commitment or the whole pact; 400 with field errors (anchor, text) in the reviewer's language")
    ResponseEntity<ReviewComments.CommentView> add(@PathVariable String id, @RequestBody CommentInput input,
            @RequestParam(name = "lang", required = false) String lang) {
        OpenTasks.Found found = reviewTask(id, Language.fromCodeOrNull(lang));
        OpenTaskRef task = found.ref();
        UUID added = comments.add(task.pactVersionId(), task.participationId(), input == null ? null : input.anchor(),
                input == null ? null : input.text(), found.language().locale()).id();
        ReviewComments.CommentView view = views.pending(task.pactVersionId(), task.participationId())
                .stream().filter(c -> c.id().equals(added)).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/tasks/" + id + "/comments/" + added)).body(view);
    }

    @DeleteMapping("/{commentId}")
    @Operation(summary = "Remove a comment not sent yet")
    ResponseEntity<Void> remove(@PathVariable String id, @PathVariable UUID commentId) {
        OpenTaskRef task = reviewTask(id, null).ref();
        comments.remove(task.pactVersionId(), task.participationId(), commentId);
        return ResponseEntity.noContent().build();
    }

    private OpenTasks.Found reviewTask(String id, Language chosen) {
        OpenTasks.Found found = tasks.find(id, chosen);
        if (!ReviewComments.takesComments(found.ref().taskKey()) || found.ref().participationId() == null) {
            throw new NotFoundException("Task " + id + " takes no comments: only a review does.");
        }
        return found;
    }
}
