package org.copact.process;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.copact.process.consultation.StakeholderConsultationProcess;
import org.copact.process.review.PactReviewProcess;
import org.copact.process.signature.PactSignatureProcess;
import org.copact.round.Stage;

/**
 * The stages with a deadline, and what an extension or an early close acts on in each: the stage's
 * process, its reminder and deadline timers (by activity id), the variables holding those dates, and
 * the stakeholders' task whose holders are told. A stage whose model had no timers would have null
 * timer ids: its stored deadline and variables would move, no job would.
 */
public enum DeadlineStage {

    CONSULTATION(Stage.CONSULTATION, StakeholderConsultationProcess.KEY, StakeholderConsultationProcess.TIMER_REMINDER,
            StakeholderConsultationProcess.TIMER_DEADLINE, ProcessVariables.CONSULTATION_DEADLINE,
            ProcessVariables.REMINDER_AT, StakeholderConsultationProcess.TASK_ANSWER_CONSULTATION, true),
    REVIEW(Stage.REVIEW, PactReviewProcess.KEY, PactReviewProcess.TIMER_REMINDER, PactReviewProcess.TIMER_DEADLINE,
            ProcessVariables.REVIEW_DEADLINE, ProcessVariables.REVIEW_REMINDER_AT, PactReviewProcess.TASK_REVIEW_DRAFT,
            true),
    /** never closed early: the pact enters into force only when its signing rule is met */
    SIGNATURE(Stage.SIGNATURE, PactSignatureProcess.KEY, PactSignatureProcess.TIMER_SIGNATURE_REMINDER,
            PactSignatureProcess.TIMER_SIGNATURE_DEADLINE, ProcessVariables.SIGNATURE_DEADLINE,
            ProcessVariables.SIGNATURE_REMINDER_AT, PactSignatureProcess.TASK_SIGN_PACT, false);

    private final Stage stage;
    private final String processKey;
    private final String reminderTimer;
    private final String deadlineTimer;
    private final String deadlineVariable;
    private final String reminderVariable;
    private final String stakeholderTask;
    private final boolean closableEarly;

    DeadlineStage(Stage stage, String processKey, String reminderTimer, String deadlineTimer, String deadlineVariable,
            String reminderVariable, String stakeholderTask, boolean closableEarly) {
        this.stage = stage;
        this.processKey = processKey;
        this.reminderTimer = reminderTimer;
        this.deadlineTimer = deadlineTimer;
        this.deadlineVariable = deadlineVariable;
        this.reminderVariable = reminderVariable;
        this.stakeholderTask = stakeholderTask;
        this.closableEarly = closableEarly;
    }

    /** The stage as the API and the pages name it: consultation, review, signature. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DeadlineStage> ofPath(String path) {
        return Arrays.stream(values()).filter(s -> s.path().equals(path)).findFirst();
    }

    public static Optional<DeadlineStage> of(Stage stage) {
        return Arrays.stream(values()).filter(s -> s.stage == stage).findFirst();
    }

    public Stage stage() {
        return stage;
    }

    String processKey() {
        return processKey;
    }

    String reminderTimer() {
        return reminderTimer;
    }

    String deadlineTimer() {
        return deadlineTimer;
    }

    String deadlineVariable() {
        return deadlineVariable;
    }

    String reminderVariable() {
        return reminderVariable;
    }

    String stakeholderTask() {
        return stakeholderTask;
    }

    public boolean closableEarly() {
        return closableEarly;
    }
}
