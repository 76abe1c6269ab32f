package org.copact.overview;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.common.NotFoundException;
import org.copact.common.PageLocaleResolver;
import org.copact.pact.PactComments;
import org.copact.process.ReviewComments;
import org.copact.tasks.OpenTasks;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review task's page, without script: a form per clause, per commitment and for the whole pact
 * adds a comment to the review, a button removes one not sent yet; the page comes back at the
 * comments, with a mistake explained in the reviewer's language and what they typed kept.
 */
@Controller
@RequestMapping("/my/tasks/{id}/comments")
class ReviewCommentPages {

    static final String ERRORS = "commentErrors";
    static final String TYPED = "commentTyped";

    private final OpenTasks tasks;
    private final PactComments comments;

    ReviewCommentPages(OpenTasks tasks, PactComments comments) {
        this.tasks = tasks;
        this.comments = comments;
    }

    @PostMapping
    String add(@PathVariable String id, @RequestParam(name = "anchor", required = false) String anchor,
            @RequestParam(name = "text", required = false) String text, HttpServletRequest request,
            RedirectAttributes redirect) {
        OpenTasks.Found task = reviewTask(id, request);
        try {
            comments.add(task.ref().pactVersionId(), task.ref().participationId(), anchor, text,
                    task.language().locale());
        } catch (InvalidInputException e) {
            String where = anchor == null || anchor.isBlank() ? "whole" : anchor.strip();
            redirect.addFlashAttribute(ERRORS, Map.of(where, String.join(" ",
                    e.errors().stream().map(FieldError::message).toList())));
            redirect.addFlashAttribute(TYPED, Map.of(where, text == null ? "" : text));
        }
        return "redirect:/my/tasks/" + id + "#review-comments";
    }

    @PostMapping("/{commentId}/deletion")
    String remove(@PathVariable String id, @PathVariable UUID commentId, HttpServletRequest request) {
        OpenTasks.Found task = reviewTask(id, request);
        comments.remove(task.ref().pactVersionId(), task.ref().participationId(), commentId);
        return "redirect:/my/tasks/" + id + "#review-comments";
    }

    private OpenTasks.Found reviewTask(String id, HttpServletRequest request) {
        OpenTasks.Found found = tasks.find(id, PageLocaleResolver.chosen(request));
        if (!ReviewComments.takesComments(found.ref().taskKey()) || found.ref().participationId() == null) {
            throw new NotFoundException("Task " + id + " takes no comments: only a review does.");
        }
        return found;
    }
}
