package org.copact.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit record in the database: the application cannot change or remove an entry, and one
 * changed behind its back (by someone with the database owner's rights) is found by verification.
 */
class AuditRecordTests extends HttpTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldRefuseToChangeOrRemoveAnEntry() {
        UUID roundId = launchedRound();

        assertThatThrownBy(() -> jdbc.update("update audit_entry set summary = 'nothing happened' where round_id = ?",
                roundId)).isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where round_id = ?", roundId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThat(verification(roundId).get("valid").asBoolean()).isTrue();
    }

    @Test
    void shouldFindAnEntryChangedBehindItsBack() {
        UUID roundId = launchedRound();
        int entries = verification(roundId).get("entries").asInt();
        assertThat(entries).as("defined and launched at least").isGreaterThanOrEqualTo(2);

        tamper("update audit_entry set actor = 'someone-else' where round_id = ? and seq = 2", roundId);

        JsonNode verification = verification(roundId);
        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("firstBrokenSeq").asInt()).isEqualTo(2);
        assertThat(verification.get("problem").asText()).contains("does not match its hash");
    }

    @Test
    void shouldFindAnEntryRemovedBehindItsBack() {
        UUID roundId = launchedRound();

        tamper("delete from audit_entry where round_id = ? and seq = 1", roundId);

        JsonNode verification = verification(roundId);
        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("problem").asText()).contains("entry 1 is missing");
    }

    /** as the database's superuser: the application's own role may not disable a trigger */
    private void tamper(String sql, UUID roundId) {
        JdbcTemplate jdbc = new JdbcTemplate(superuser());
        jdbc.execute("alter table audit_entry disable trigger audit_entry_immutable");
        try {
            assertThat(jdbc.update(sql, roundId)).isEqualTo(1);
        } finally {
            jdbc.execute("alter table audit_entry enable trigger audit_entry_immutable");
        }
    }

    private UUID launchedRound() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        HttpSession.Response defined = facilitatorSession.post("/api/rounds", TestRounds.round("Audit", List.of(
                TestRounds.stakeholder("Primăria", "Ana", "ana" + suffix + "@audit.example", "PUBLIC_AUTHORITY", "ro",
                        TestRounds.ALL_ROLES))));
        String id = defined.json().get("id").asText();
        assertThat(facilitatorSession.post("/api/rounds/" + id + "/launch", "").status()).isEqualTo(200);
        return UUID.fromString(id);
    }

    private JsonNode verification(UUID roundId) {
        HttpSession.Response response = facilitatorSession.get("/api/rounds/" + roundId + "/history/verification");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
