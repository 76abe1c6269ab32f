package org.copact.process.drafting;

import org.copact.process.TaskContexts;
import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.TaskStep;
import java.util.List;
import java.util.Map;
import org.copact.consultation.ConsultationService;
import org.copact.pact.PactDocument;
import org.copact.pact.PactDrafts;
import org.copact.pact.PactService;
import org.copact.pact.PactTexts;
import org.copact.pact.PactVersion;
import org.copact.process.PactDraftSources;
import org.copact.process.ProcessVariables;
import org.copact.process.ReviewComments;
import org.copact.round.RoundService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The facilitator's draft, published as the next immutable pact version. The draft itself is
 * written on the drafting page or through the draft API ({@link PactDrafts}); completing the task
 * publishes it. A text pasted into the form instead becomes the draft's clauses, one per paragraph,
 * keeping the ids of the clauses it repeats. The form shows the consultation's answers and the
 * previous version with what reviewers and signatories said, and each reviewer's comment per clause
 * with its answer so far ({@code PUT /api/rounds/{id}/pact/comments/{commentId}/answer}): the answers
 * are published with the version this task publishes.
 */
@Component
class DraftPactStep implements TaskStep {

    static final String PACT_TEXT = "pactText";
    static final String CHANGE_SUMMARY = "changeSummary";

    private final PactService pacts;
    private final PactDrafts drafts;
    private final PactDraftSources sources;
    private final ConsultationService consultation;
    private final RoundService rounds;
    private final ReviewComments comments;

    DraftPactStep(PactService pacts, PactDrafts drafts, PactDraftSources sources, ConsultationService consultation,
            RoundService rounds, ReviewComments comments) {
        this.comments = comments;
        this.pacts = pacts;
        this.drafts = drafts;
        this.sources = sources;
        this.consultation = consultation;
        this.rounds = rounds;
    }

    @Override
    public String taskKey() {
        return PactDraftingProcess.TASK_DRAFT_PACT;
    }

    @Override
    public Map<String, Object> context(OpenTaskRef task) {
        List<Map<String, Object>> answers = consultation.answers(task.roundId()).stream()
                .map(a -> Map.<String, Object>of("participationId", a.participationId(), "answers", a.answers(),
                        "submittedAt", a.submittedAt()))
                .toList();
        // the drafting workspace beside the form: the answers by stakeholder and question, the reviews, the declines
        String workspace = "/rounds/" + task.roundId() + "/drafting";
        return pacts.latest(task.roundId())
                .<Map<String, Object>>map(previous -> Map.of("consultationAnswers", answers,
                        "previousVersion", TaskContexts.version(previous),
                        "reviews", TaskContexts.reviews(pacts.reviews(previous.id())),
                        "comments", comments.ofVersion(previous),
                        "commentsPage", "/rounds/" + task.roundId() + "/pact/versions/" + previous.number() + "/comments",
                        "workspace", workspace))
                .orElse(Map.of("consultationAnswers", answers, "workspace", workspace));
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        String title = rounds.round(task.roundId()).title();
        if (values.get(PACT_TEXT) instanceof String text && !text.isBlank()) {
            PactDocument current = drafts.current(task.roundId(), title).document();
            drafts.save(task.roundId(), PactTexts.imported(current.title() == null ? title : current.title(), text,
                    current), null, task.actor());
        }
        PactVersion version = drafts.publish(task.roundId(), title, (String) values.get(CHANGE_SUMMARY), task.actor(),
                sources.signatories(task.roundId()), LocaleContextHolder.getLocale());
        return Map.of(ProcessVariables.PACT_VERSION_ID, version.id().toString());
    }
}
