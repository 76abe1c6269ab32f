package org.copact.process;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.copact.process.consultation.StakeholderConsultationProcess;
import org.copact.process.review.PactReviewProcess;
import org.copact.process.signature.PactSignatureProcess;
import org.copact.round.Round;
import org.copact.round.RoundEvents.RoundCancelled;
import org.copact.round.RoundEvents.RoundRevised;
import org.copact.round.RoundEvents.StakeholderAdded;
import org.copact.round.RoundEvents.StakeholderRemoved;
import org.copact.round.RoundService;
import org.copact.round.Stage;
import org.copact.stakeholder.ParticipationRole;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Carries the facilitator's corrections of a running round into its process, in the transaction of
 * the correction (so both happen or neither): a moved consultation deadline moves its timers and the
 * answer tasks' due date; a stakeholder added joins the stage that runs, if it asks their role; one
 * removed has their part of the stage that runs withdrawn through the model; a cancelled round's
 * process ends.
 */
@Component
class RunningRoundChanges {

    /** Which stage asks which role, in which multi-instance subprocess of which model. */
    private record Asking(Stage stage, ParticipationRole role, String processKey, String subProcess) {
    }

    private static final List<Asking> ASKING = List.of(
            new Asking(Stage.CONSULTATION, ParticipationRole.PARTICIPANT, StakeholderConsultationProcess.KEY,
                    StakeholderConsultationProcess.SUBPROCESS_CONSULTATION),
            new Asking(Stage.REVIEW, ParticipationRole.REVIEWER, PactReviewProcess.KEY,
                    PactReviewProcess.SUBPROCESS_REVIEW),
            new Asking(Stage.SIGNATURE, ParticipationRole.SIGNATORY, PactSignatureProcess.KEY,
                    PactSignatureProcess.SUBPROCESS_SIGNATORY));
    /** The messages that withdraw one stakeholder's part of a stage, each to the scope of their instance. */
    private static final List<String> WITHDRAWALS = List.of(StakeholderConsultationProcess.MSG_STAKEHOLDER_WITHDRAWN,
            PactReviewProcess.MSG_REVIEWER_WITHDRAWN, PactSignatureProcess.MSG_SIGNATORY_WITHDRAWN);
    /** how the engine names the body of a multi-instance activity */
    private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService engineTasks;
    private final RoundService rounds;
    private final Participations participations;

    RunningRoundChanges(RuntimeService runtime, ManagementService management, TaskService engineTasks,
            RoundService rounds, Participations participations) {
        this.runtime = runtime;
        this.management = management;
        this.engineTasks = engineTasks;
        this.rounds = rounds;
        this.participations = participations;
    }

    @EventListener
    void on(RoundRevised revised) {
        if (!revised.launched() || !revised.changes().containsKey("consultationDeadline")) {
            return;
        }
        String key = revised.roundId().toString();
        Date deadline = Date.from(revised.consultationDeadline());
        Date reminder = Date.from(revised.reminderAt());
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).active().list().forEach(instance ->
                runtime.setVariables(instance.getId(), Map.of(ProcessVariables.CONSULTATION_DEADLINE, deadline,
                        ProcessVariables.REMINDER_AT, reminder)));
        consultation(key).ifPresent(consultation -> {
            moveTimer(consultation, StakeholderConsultationProcess.TIMER_DEADLINE, deadline);
            moveTimer(consultation, StakeholderConsultationProcess.TIMER_REMINDER, reminder);
            for (Task task : engineTasks.createTaskQuery().processInstanceId(consultation.getId())
                    .taskDefinitionKey(StakeholderConsultationProcess.TASK_ANSWER_CONSULTATION).list()) {
                task.setDueDate(deadline);
                engineTasks.saveTask(task);
            }
        });
    }

    /** A stakeholder added to a running round is asked at once by the stage that runs, if it asks their role. */
    @EventListener
    void on(StakeholderAdded added) {
        if (!added.launched()) {
            return;
        }
        Round round = rounds.round(added.roundId());
        ParticipationView participation = participations.participation(added.participationId());
        for (Asking asking : ASKING) {
            if (round.stage() != asking.stage() || !participation.has(asking.role())) {
                continue;
            }
            ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(asking.processKey())
                    .processInstanceBusinessKey(round.id().toString()).active().singleResult();
            if (instance == null) {
                continue;
            }
            multiInstanceBody(instance, asking.subProcess()).ifPresent(body ->
                    runtime.createProcessInstanceModification(instance.getId())
                            .startBeforeActivity(asking.subProcess(), body.getId())
                            .setVariableLocal(ProcessVariables.PARTICIPATION_ID, participation.id().toString())
                            .execute());
        }
    }

    /**
     * The removed stakeholder's part of the stage that runs (their answer, review or signature, and
     * what waits on it) is withdrawn through the model, whatever it waits at; the stage then goes on
     * as when one of its tasks ends: a signature stage counts its rule without them.
     */
    @EventListener
    void on(StakeholderRemoved removed) {
        if (!removed.launched()) {
            return;
        }
        String participationId = removed.participationId().toString();
        for (String message : WITHDRAWALS) {
            for (Execution execution : runtime.createExecutionQuery()
                    .processInstanceBusinessKey(removed.roundId().toString())
                    .messageEventSubscriptionName(message).list()) {
                if (participationId.equals(runtime.getVariable(execution.getId(), ProcessVariables.PARTICIPATION_ID))) {
                    runtime.messageEventReceived(message, execution.getId());
                }
            }
        }
    }

    /** Every process of the cancelled round ends, its stages with it; nobody acts on its tasks any more. */
    @EventListener
    void on(RoundCancelled cancelled) {
        if (!cancelled.launched()) {
            return;
        }
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().rootProcessInstances()
                .processInstanceBusinessKey(cancelled.roundId().toString()).list()) {
            runtime.deleteProcessInstance(instance.getId(), "Round cancelled by " + cancelled.by() + ": "
                    + cancelled.reason(), true, true, true);
        }
    }

    private Optional<ProcessInstance> consultation(String businessKey) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery()
                .processDefinitionKey(StakeholderConsultationProcess.KEY).processInstanceBusinessKey(businessKey)
                .active().singleResult());
    }

    private void moveTimer(ProcessInstance instance, String timerId, Date due) {
        for (Job timer : management.createJobQuery().processInstanceId(instance.getId()).activityId(timerId)
                .timers().list()) {
            management.setJobDuedate(timer.getId(), due);
        }
    }

    private Optional<ActivityInstance> multiInstanceBody(ProcessInstance instance, String subProcess) {
        ActivityInstance[] bodies = runtime.getActivityInstance(instance.getId())
                .getActivityInstances(subProcess + MULTI_INSTANCE_BODY);
        return bodies.length == 0 ? Optional.empty() : Optional.of(bodies[0]);
    }
}
