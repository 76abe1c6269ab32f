package org.copact.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The checked values of every completed task, by round, step and owner, so that a step the process
 * reopens starts from the earlier answer. A stakeholder's step belongs to their participation; a
 * facilitator's step to the round's facilitators as a team, since any of them may take the next one.
 */
@Repository
class TaskSubmissions {

    private static final String FACILITATORS = "facilitators";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    TaskSubmissions(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void save(OpenTaskRef task, Map<String, Object> values) {
        String answer;
        try {
            answer = json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A submission must be plain values", e);
        }
        jdbc.update("""
                insert into task_submission (task_id, round_id, task_key, owner, answer, submitted_at)
                values (?, ?, ?, ?, ?, ?)
                """, task.taskId(), task.roundId(), task.taskKey(), owner(task), answer,
                Timestamp.from(Instant.now()));
    }

    /** The latest answer to an earlier task of the same step, round and owner; never this task's own. */
    Optional<EarlierAnswer> earlier(OpenTaskRef task) {
        List<EarlierAnswer> found = jdbc.query("""
                select answer, submitted_at from task_submission
                where round_id = ? and task_key = ? and owner = ? and task_id <> ?
                order by submitted_at desc limit 1
                """, (rs, n) -> new EarlierAnswer(values(rs.getString("answer")),
                rs.getTimestamp("submitted_at").toInstant()),
                task.roundId(), task.taskKey(), owner(task), task.taskId());
        return found.stream().filter(a -> !a.values().isEmpty()).findFirst();
    }

    private Map<String, Object> values(String answer) {
        try {
            return json.readValue(answer, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    /** a stakeholder's own step is theirs under their name as an actor; a facilitator's is the team's */
    private static String owner(OpenTaskRef task) {
        return task.participationId() != null ? task.actor() : FACILITATORS;
    }
}
