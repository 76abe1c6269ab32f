package org.copact.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An entry written into audit_entry by hand, past Copact, must continue its round's chain: the next
 * seq after the last entry's, and that entry's hash as its previous hash (zeros for a round's first).
 * The database refuses any other, whoever inserts it, the superuser as well.
 */
class AuditChainInsertTests extends HttpTestSupport {

    private static final String INSERT = """
            insert into audit_entry (round_id, seq, occurred_at, actor, type, summary, details, prev_hash, hash)
            values (?, ?, now(), 'forger', 'SignatureGiven', 'Signed', '{}'::jsonb, ?, ?)""";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldRefuseAnEntryThatDoesNotContinueTheChain() {
        UUID round = launchedRound();
        Map<String, Object> last = jdbc.queryForMap(
                "select seq, hash from audit_entry where round_id = ? order by seq desc limit 1", round);
        int next = ((Number) last.get("seq")).intValue() + 1;
        String head = (String) last.get("hash");
        String forged = "f".repeat(64);

        refused(() -> jdbc.update(INSERT, round, next + 1, head, forged), "the next entry is " + next);
        refused(() -> jdbc.update(INSERT, round, next, "0".repeat(64), forged), "after hash " + head);
        refused(() -> jdbc.update(INSERT, round, next, forged, forged), "does not continue its chain");
        refused(() -> new JdbcTemplate(superuser()).update(INSERT, round, next + 5, head, forged),
                "does not continue its chain");
        refused(() -> jdbc.update(INSERT, UUID.randomUUID(), 1, forged, forged), "after hash " + "0".repeat(64));
        refused(() -> jdbc.update(INSERT, UUID.randomUUID(), 2, "0".repeat(64), forged), "the next entry is 1");

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = 'forger'", Integer.class))
                .isZero();
        assertThat(facilitatorSession.get("/api/rounds/" + round + "/history/verification").json()
                .get("valid").asBoolean()).isTrue();
    }

    private static void refused(Runnable insert, String because) {
        assertThatThrownBy(insert::run).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("does not continue its chain").hasMessageContaining(because);
    }

    private UUID launchedRound() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String id = facilitatorSession.post("/api/rounds", TestRounds.round("Chain", List.of(
                TestRounds.stakeholder("Primăria", "Ana", "ana" + suffix + "@chain.example", "PUBLIC_AUTHORITY", "ro",
                        TestRounds.ALL_ROLES)))).json().get("id").asText();
        assertThat(facilitatorSession.post("/api/rounds/" + id + "/launch", "").status()).isEqualTo(200);
        return UUID.fromString(id);
    }
}
