package org.copact.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.copact.TestRounds.stakeholder;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.copact.common.ConflictException;
import org.copact.identity.Caller;
import org.copact.overview.RoundOverview;
import org.copact.overview.RoundView;
import org.copact.pact.MissedReviews;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.process.drafting.PactDraftingProcess;
import org.copact.process.review.PactReviewProcess;
import org.copact.process.signature.PactSignatureProcess;
import org.copact.round.Round;
import org.copact.round.RoundChanges;
import org.copact.round.RoundService;
import org.copact.round.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review's deadline: a reminder before it to the reviewers who have not reviewed, at the
 * deadline (or when a facilitator closes the review early) the open reviews end and who did not
 * review is marked for the facilitator's decision; a facilitator's extension moves the timers.
 */
class ReviewDeadlineProcessTests extends ProcessTestSupport {

    static final String AUTHORITY = "primaria@review.example";
    static final String SME = "eco@review.example";

    @Autowired
    PactService pacts;
    @Autowired
    MissedReviews missedReviews;
    @Autowired
    StageDeadlines deadlines;
    @Autowired
    TaskService engineTasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RoundOverview overview;
    @Autowired
    RoundChanges roundChanges;

    UUID roundId;
    String suffix;
    Caller.Stakeholder authority;
    Caller.Stakeholder sme;

    @BeforeEach
    void draftedAndInReview() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        Round round = launch("Review " + suffix, List.of(
                stakeholder("Primăria Ilfov", "Elena Dobre", suffix + AUTHORITY, "PUBLIC_AUTHORITY", "ro",
                        List.of("PARTICIPANT", "REVIEWER", "SIGNATORY")),
                stakeholder("Eco SRL", "Dan Pop", suffix + SME, "SME", "ro", List.of("REVIEWER", "SIGNATORY"))));
        roundId = round.id();
        runDueJobs(roundId);
        Map<String, Caller.Stakeholder> people = stakeholders(roundId);
        authority = people.get(suffix + AUTHORITY);
        sme = people.get(suffix + SME);
        tasks.submitOnly(authority, Map.of("priorities", "Energie verde", "intendsToSign", "yes"));
        ProcessInstance drafting = subProcess(roundId, PactDraftingProcess.KEY);
        assertThat(drafting).isWaitingAt(PactDraftingProcess.TASK_DRAFT_PACT);
        assertThat(engineTasks.createTaskQuery().processInstanceId(drafting.getId()).singleResult().getDueDate())
                .as("the drafting task is due in the default 14 days")
                .isCloseTo(Date.from(Instant.now().plus(Duration.ofDays(14))), 60_000);
        tasks.submitOnly(facilitator, Map.of("pactText", "Pactul verde local, versiunea 1.", "changeSummary", "prima"));
        runDueJobs(roundId);
        assertThat(subProcess(roundId, PactReviewProcess.KEY)).isWaitingAt(PactReviewProcess.TASK_REVIEW_DRAFT);
    }

    @Test
    void shouldReadTheReviewDatesFromTheRoundAndGiveTheReviewTasksTheDeadline() {
        Round round = rounds.round(roundId);
        ProcessInstance review = subProcess(roundId, PactReviewProcess.KEY);

        assertThat(runtime.getVariable(review.getId(), ProcessVariables.REVIEW_DEADLINE))
                .isEqualTo(Date.from(round.reviewDeadline()));
        assertThat(((Date) runtime.getVariable(review.getId(), ProcessVariables.REVIEW_REMINDER_AT)).toInstant())
                .as("the round's reminder duration (two days) before the deadline")
                .isCloseTo(round.reviewDeadline().minus(round.reminderBefore()), within(1, ChronoUnit.SECONDS));
        assertThat(timer(PactReviewProcess.TIMER_DEADLINE).getDuedate()).isEqualTo(Date.from(round.reviewDeadline()));
        assertThat(engineTasks.createTaskQuery().processInstanceId(review.getId())
                .taskDefinitionKey(PactReviewProcess.TASK_REVIEW_DRAFT).list())
                .hasSize(2).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(Date.from(round.reviewDeadline())));
    }

    @Test
    void shouldRemindOnlyTheReviewersWhoHaveNotReviewed() {
        tasks.submitOnly(authority, Map.of("decision", "APPROVE"));
        long authorityMails = mailsTo(suffix + AUTHORITY);

        fireTimer(roundId, PactReviewProcess.TIMER_REMINDER);

        ProcessInstance review = subProcess(roundId, PactReviewProcess.KEY);
        assertThat(review).hasPassed(PactReviewProcess.TASK_SEND_REVIEW_REMINDERS,
                PactReviewProcess.END_REVIEW_REMINDERS_SENT).isWaitingAt(PactReviewProcess.TASK_REVIEW_DRAFT);
        assertThat(subjectsTo(suffix + SME)).as("the reminder, in Romanian")
                .contains("Memento: evaluarea pactului Review " + suffix + " se încheie curând");
        assertThat(mailsTo(suffix + AUTHORITY)).as("she reviewed: no reminder").isEqualTo(authorityMails);
        assertThat(tasks.openTaskIds(sme)).as("the reminder ends nothing").hasSize(1);
    }

    @Test
    void shouldEndTheOpenReviewsAtTheDeadlineAndLetTheFacilitatorDecideKnowingWhoDidNotReview() {
        tasks.submitOnly(authority, Map.of("decision", "APPROVE"));
        PactVersion version = pacts.latest(roundId).orElseThrow();

        fireTimer(roundId, PactReviewProcess.TIMER_DEADLINE);

        ProcessInstance review = subProcess(roundId, PactReviewProcess.KEY);
        assertThat(review).hasPassedInOrder(PactReviewProcess.TIMER_DEADLINE,
                PactReviewProcess.TASK_MARK_MISSING_REVIEWS, PactReviewProcess.GATEWAY_REVIEW_CLOSED)
                .isWaitingAt(PactReviewProcess.TASK_DECIDE_ON_REVIEW);
        assertThat(tasks.openTaskIds(sme)).as("his review task ended").isEmpty();
        assertThat(missedReviews.of(version.id())).containsExactly(sme.participationId());
        assertThat(overview.of(rounds.round(roundId)).stakeholders()).as("what the round's page lists")
                .filteredOn(RoundView.StakeholderView::reviewMissed)
                .extracting(RoundView.StakeholderView::participationId).containsExactly(sme.participationId());
        String decision = tasks.openTaskIds(facilitator).get(0);
        assertThat(tasks.context(decision, facilitator)).extractingByKey("missedReviewers")
                .isEqualTo(List.of("Eco SRL (Dan Pop)"));
        assertThat(engineTasks.createTaskQuery().taskId(decision).singleResult().getDueDate())
                .as("the decision is due in the default three days")
                .isCloseTo(Date.from(Instant.now().plus(Duration.ofDays(3))), 60_000);
        assertThat(jdbc.queryForList("select actor from audit_entry where round_id = ? and type = 'ReviewMissed'",
                String.class, roundId)).hasSize(1);

        tasks.submit(decision, facilitator, Map.of("outcome", "FINALISE"));
        runDueJobs(roundId);
        assertThat(review).isEnded().hasPassed(PactReviewProcess.END_REVIEW_DECIDED);
        assertThat(subProcess(roundId, PactSignatureProcess.KEY)).isWaitingAt(PactSignatureProcess.TASK_SIGN_PACT);
    }

    @Test
    void shouldWithdrawTheReviewOfAReviewerRemovedFromTheRoundAndCloseTheReviewWithTheOthers() {
        tasks.submitOnly(authority, Map.of("decision", "APPROVE"));
        ProcessInstance review = subProcess(roundId, PactReviewProcess.KEY);
        assertThat(review).as("his review is awaited").isWaitingAt(PactReviewProcess.TASK_REVIEW_DRAFT);

        roundChanges.removeStakeholder(roundId, sme.participationId(), facilitator, Locale.ENGLISH);

        assertThat(tasks.openTaskIds(sme)).as("his review task is withdrawn").isEmpty();
        assertThat(review).hasPassed(PactReviewProcess.END_REVIEWER_WITHDRAWN, PactReviewProcess.GATEWAY_REVIEW_CLOSED)
                .isWaitingAt(PactReviewProcess.TASK_DECIDE_ON_REVIEW);
        assertThat(review).as("the review closed with the reviews given, not at the deadline")
                .hasNotPassed(PactReviewProcess.TASK_MARK_MISSING_REVIEWS);
    }

    @Test
    void shouldMoveTheReviewTimersTheVariablesAndTheDueDatesWhenTheDeadlineIsExtended() {
        Round before = rounds.round(roundId);
        Instant later = before.reviewDeadline().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);

        Round after = deadlines.extend(roundId, "review", new DeadlineExtensionInput(later.toString(), "Vacanță"),
                facilitator, Locale.ENGLISH);

        assertThat(after.reviewDeadline()).isEqualTo(later);
        ProcessInstance review = subProcess(roundId, PactReviewProcess.KEY);
        assertThat(timer(PactReviewProcess.TIMER_DEADLINE).getDuedate()).isEqualTo(Date.from(later));
        assertThat(timer(PactReviewProcess.TIMER_REMINDER).getDuedate())
                .isEqualTo(Date.from(later.minus(before.reminderBefore())));
        assertThat(runtime.getVariable(review.getId(), ProcessVariables.REVIEW_DEADLINE)).isEqualTo(Date.from(later));
        assertThat(engineTasks.createTaskQuery().processInstanceId(review.getId())
                .taskDefinitionKey(PactReviewProcess.TASK_REVIEW_DRAFT).list())
                .allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(Date.from(later)));
        assertThat(jdbc.queryForList("select actor from audit_entry where round_id = ? and type = 'DeadlineExtended'",
                String.class, roundId)).containsExactly(facilitator.username());
    }

    @Test
    void shouldCloseTheReviewEarlyAsIfItsDeadlineHadPassed() {
        deadlines.closeEarly(roundId, "review", facilitator, Locale.ENGLISH);

        ProcessInstance review = subProcess(roundId, PactReviewProcess.KEY);
        assertThat(review).hasPassed(PactReviewProcess.TIMER_DEADLINE, PactReviewProcess.TASK_MARK_MISSING_REVIEWS)
                .isWaitingAt(PactReviewProcess.TASK_DECIDE_ON_REVIEW);
        assertThat(missedReviews.of(pacts.latest(roundId).orElseThrow().id()))
                .containsExactlyInAnyOrder(authority.participationId(), sme.participationId());
        assertThat(jdbc.queryForList("select actor from audit_entry where round_id = ? and type = 'StageClosedEarly'",
                String.class, roundId)).containsExactly(facilitator.username());
        assertThatThrownBy(() -> deadlines.closeEarly(roundId, "review", facilitator, Locale.ITALIAN))
                .as("closed already: the review waits for the decision").isInstanceOf(ConflictException.class)
                .hasMessageContaining("non è in corso");
        assertThatThrownBy(() -> deadlines.extend(roundId, "review", new DeadlineExtensionInput(
                Instant.now().plus(Duration.ofDays(60)).toString(), null), facilitator, Locale.ENGLISH))
                .as("nothing left to extend").isInstanceOf(ConflictException.class);
    }

    @Test
    void shouldRefuseToCloseTheSignatureEarlyOrAStageThatIsNotRunning() {
        assertThatThrownBy(() -> deadlines.closeEarly(roundId, "signature", facilitator, Locale.ENGLISH))
                .isInstanceOf(ConflictException.class).hasMessageContaining("signing rule");
        assertThatThrownBy(() -> deadlines.closeEarly(roundId, "consultation", facilitator, Locale.ENGLISH))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not running");
        assertThat(subProcess(roundId, PactReviewProcess.KEY)).isWaitingAt(PactReviewProcess.TASK_REVIEW_DRAFT);
    }

    @Test
    void shouldGiveAReviewThatStartsAfterItsDeadlineAWeek() {
        tasks.submitOnly(authority, Map.of("decision", "APPROVE"));
        tasks.submitOnly(sme, Map.of("decision", "REQUEST_CHANGES", "comment", "Clauza 2"));
        tasks.submitOnly(facilitator, Map.of("outcome", "REVISE"));
        // the first review took so long that the round's review deadline passed meanwhile
        jdbc.update("update round set review_deadline = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(1))), roundId);

        tasks.submitOnly(facilitator, Map.of("pactText", "Pactul verde local, versiunea 2.", "changeSummary", "a doua"));
        runDueJobs(roundId);

        Instant renewed = rounds.round(roundId).reviewDeadline();
        assertThat(renewed).isCloseTo(Instant.now().plus(RoundService.LATE_REVIEW_TIME), within(1, ChronoUnit.MINUTES));
        assertThat(timer(PactReviewProcess.TIMER_DEADLINE).getDuedate()).isEqualTo(Date.from(renewed));
        assertThat(rounds.round(roundId).stage()).isEqualTo(Stage.REVIEW);
        assertThat(jdbc.queryForList("select actor from audit_entry where round_id = ? and type = 'DeadlineExtended'",
                String.class, roundId)).containsExactly(RoundService.SYSTEM);
    }

    private Job timer(String activityId) {
        ProcessInstance review = subProcess(roundId, PactReviewProcess.KEY);
        return management.createJobQuery().processInstanceId(review.getId()).activityId(activityId).timers()
                .singleResult();
    }
}
