package org.copact.tasks;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.copact.identity.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Why a stakeholder's tasks ended: recorded by the stage that closed them (a request withdrawn, a
 * signature lapsed), else read from the engine's history (completed, or closed). A task's first
 * recorded reason stands (a completion is never recorded: the lapse of a signature is).
 */
@Service
public class TaskEndings {

    /** Camunda's delete reason of a task completed by its assignee. */
    static final String COMPLETED = "completed";
    static final int RECENT = 10;

    private final JdbcTemplate jdbc;
    private final HistoryService history;

    TaskEndings(JdbcTemplate jdbc, HistoryService history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    /**
     * Records the reason for the ended tasks of this step about this pact version assigned to the
     * participation (completed ones for a reason of a completed task, the others otherwise) that have
     * none yet. Returns how many were recorded.
     */
    @Transactional
    public int record(UUID roundId, UUID participationId, String taskKey, UUID pactVersionId,
            TaskEnding.Reason reason) {
        List<HistoricTaskInstance> ended = history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(roundId.toString()).taskDefinitionKey(taskKey)
                .taskAssignee(participationId.toString())
                .processVariableValueEquals(TaskVariables.PACT_VERSION_ID, pactVersionId.toString()).finished().list();
        int recorded = 0;
        for (HistoricTaskInstance task : ended) {
            if (COMPLETED.equals(task.getDeleteReason()) != reason.ofCompletedTask()) {
                continue;
            }
            recorded += jdbc.update("""
                    insert into task_ending (task_id, round_id, participation_id, task_key, reason, ended_at)
                    values (?, ?, ?, ?, ?, ?) on conflict (task_id) do nothing
                    """, task.getId(), roundId, participationId, taskKey, reason.name(),
                    Timestamp.from(task.getEndTime().toInstant()));
        }
        return recorded;
    }

    /** What happened to one of the stakeholder's tasks; empty for a task that was never theirs. */
    @Transactional(readOnly = true)
    public Optional<TaskEnding> explain(String taskId, Caller.Stakeholder stakeholder) {
        List<TaskEnding> recorded = jdbc.query("""
                select task_id, task_key, reason, ended_at from task_ending
                where task_id = ? and participation_id = ?
                """, (rs, n) -> new TaskEnding(rs.getString(1), rs.getString(2),
                TaskEnding.Reason.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant()), taskId,
                stakeholder.participationId());
        if (!recorded.isEmpty()) {
            return Optional.of(recorded.get(0));
        }
        HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId)
                .taskAssignee(stakeholder.participationId().toString()).finished().singleResult();
        return Optional.ofNullable(task).map(t -> new TaskEnding(t.getId(), t.getTaskDefinitionKey(),
                COMPLETED.equals(t.getDeleteReason()) ? TaskEnding.Reason.COMPLETED : TaskEnding.Reason.CANCELLED,
                t.getEndTime().toInstant()));
    }

    /** The latest recorded endings of the stakeholder's tasks, newest first. */
    @Transactional(readOnly = true)
    public List<TaskEnding> recent(Caller.Stakeholder stakeholder) {
        return jdbc.query("""
                select task_id, task_key, reason, ended_at from task_ending
                where participation_id = ? order by ended_at desc limit ?
                """, (rs, n) -> new TaskEnding(rs.getString(1), rs.getString(2),
                TaskEnding.Reason.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant()),
                stakeholder.participationId(), RECENT);
    }
}
