package org.copact.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.copact.identity.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a person typed into a task's form, kept until the task is done. Kept in the database, not the
 * session, so it survives an expired session and any node of the cluster can show it.
 */
@Repository
class TaskDrafts {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    TaskDrafts(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void save(String taskId, Caller caller, Map<String, Object> values) {
        String draft;
        try {
            draft = json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A draft must be plain values", e);
        }
        jdbc.update("""
                insert into task_draft (task_id, owner, draft, updated_at) values (?, ?, ?, ?)
                on conflict (task_id, owner) do update set draft = excluded.draft, updated_at = excluded.updated_at
                """, taskId, owner(caller), draft, Timestamp.from(Instant.now()));
    }

    Map<String, Object> find(String taskId, Caller caller) {
        List<String> drafts = jdbc.queryForList("select draft from task_draft where task_id = ? and owner = ?",
                String.class, taskId, owner(caller));
        if (drafts.isEmpty()) {
            return Map.of();
        }
        try {
            return json.readValue(drafts.get(0), new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    void delete(String taskId, Caller caller) {
        jdbc.update("delete from task_draft where task_id = ? and owner = ?", taskId, owner(caller));
    }

    /** a draft is the person's own, kept under their name as an actor (V9 renamed the drafts kept before) */
    private static String owner(Caller caller) {
        return caller.actor();
    }
}
