package org.copact.process.accession;

import java.util.Map;
import org.copact.common.InvalidInputException;
import org.copact.process.ProcessVariables;
import org.copact.signing.Accession;
import org.copact.signing.Accessions;
import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.TaskStep;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A facilitator accepts the acceding organisation's commitment sheet, asks for changes with a reason
 * the organisation is told, or refuses it with a reason, which ends the accession; the verdict and
 * this review's id go to the process.
 */
@Component
class ReviewCommitmentSheetStep implements TaskStep {

    static final String DECISION = "decision";
    static final String REASON = "reason";
    static final String ACCEPT = "ACCEPT";
    static final String REFUSE = "REFUSE";

    private final AccessionTasks tasks;
    private final Accessions accessions;
    private final MessageSource messages;

    ReviewCommitmentSheetStep(AccessionTasks tasks, Accessions accessions, MessageSource messages) {
        this.tasks = tasks;
        this.accessions = accessions;
        this.messages = messages;
    }

    @Override
    public String taskKey() {
        return AccessionProcess.TASK_REVIEW_COMMITMENT_SHEET;
    }

    @Override
    public Map<String, Object> context(OpenTaskRef task) {
        return tasks.context(tasks.of(task), false);
    }

    /** A verdict is given afresh to each sheet sent: the last one's is not offered again. */
    @Override
    public boolean startsFromEarlierAnswer() {
        return false;
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        Accession accession = tasks.of(task);
        boolean accepted = ACCEPT.equals(values.get(DECISION));
        boolean refused = REFUSE.equals(values.get(DECISION));
        if (accepted) {
            accessions.accept(accession.id(), task.actor());
        } else {
            if (!(values.get(REASON) instanceof String reason) || reason.isBlank()) {
                throw new InvalidInputException(REASON, messages.getMessage(refused ? "accession.error.refusalReason"
                        : "accession.error.reason", null, AccessionTasks.locale(task)));
            }
            if (refused) {
                accessions.refuse(accession.id(), reason, task.actor());
            } else {
                accessions.requestChanges(accession.id(), reason, task.actor());
            }
        }
        return Map.of(ProcessVariables.ACCESSION_SHEET_ACCEPTED, accepted, ProcessVariables.ACCESSION_SHEET_REFUSED,
                refused, ProcessVariables.ACCESSION_REVIEW_ID, task.taskId());
    }
}
