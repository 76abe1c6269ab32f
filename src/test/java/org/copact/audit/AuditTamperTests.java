package org.copact.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.copact.HttpTestSupport;
import org.copact.TestFiles;
import org.copact.common.Sha256;
import org.copact.pact.PactCanonicalForm;
import org.copact.pact.PactDocument;
import org.copact.pact.PactTexts;
import org.copact.pact.internal.PactVersionEntity;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.copact.pact.PactService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit record against its database's owner (issue 13): each way the owner can rewrite it, with
 * the triggers disabled or bypassed, is found by {@code GET /api/rounds/{id}/history/verification},
 * which names what and where. The owner connects over JDBC as the superuser, not as Copact.
 */
class AuditTamperTests extends HttpTestSupport {

    @Test
    void shouldFindAnEntryChangedWithEveryLaterHashRecomputed() throws SQLException {
        UUID round = rounds.launched(facilitatorSession);
        owner.replica(c -> {
            c.update("update audit_entry set summary = 'Round launched; nothing else happened' where round_id = ? "
                    + "and seq = 2", round);
            owner.rechain(c, round, 2);
        });

        JsonNode verification = rounds.verification(facilitatorSession, round);

        assertThat(codes(verification)).as(verification.toString()).containsExactly("entryChanged");
        assertThat(verification.get("firstBrokenSeq").asInt()).isEqualTo(2);
        assertThat(finding(verification, "entryChanged").get("where").asText()).contains("audit_entry")
                .contains("seq=2");
        assertThat(verification.get("problem").asText()).contains("Entry 2 was changed");
    }

    @Test
    void shouldFindTheLastEntryDeletedWithItsCheckpointsInTheDatabase() throws SQLException {
        UUID round = rounds.launched(facilitatorSession);
        int entries = rounds.verification(facilitatorSession, round).get("entries").asInt();
        owner.withTriggersDisabled(c -> {
            c.update("delete from audit_entry where round_id = ? and seq = ?", round, entries);
            c.update("delete from audit_checkpoint where round_id = ? and tree_size = ?", round, entries);
        }, "audit_entry", "audit_checkpoint");

        JsonNode verification = rounds.verification(facilitatorSession, round);

        assertThat(codes(verification)).as(verification.toString())
                .containsExactlyInAnyOrder("checkpointsDeleted", "entriesDeleted");
        assertThat(finding(verification, "entriesDeleted").get("where").asText()).contains("seq=" + entries);
        assertThat(finding(verification, "entriesDeleted").get("what").asText())
                .contains("Entries " + entries + " to " + entries + " were removed");
    }

    @Test
    void shouldFindAllOfARoundsEntriesDeleted() throws SQLException {
        UUID round = rounds.launched(facilitatorSession);
        owner.replica(c -> c.update("delete from audit_entry where round_id = ?", round));

        JsonNode verification = rounds.verification(facilitatorSession, round);

        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("entries").asInt()).isZero();
        assertThat(finding(verification, "entriesDeleted").get("what").asText()).startsWith("All ");
    }

    @Test
    void shouldFindTheAuditTableTruncated() throws SQLException {
        UUID round = rounds.launched(facilitatorSession);
        // kept aside and put back, so that the other rounds of this test context keep their record
        owner.replica(c -> {
            c.execute("drop table if exists audit_entry_kept");
            c.execute("create table audit_entry_kept as select * from audit_entry");
            c.execute("truncate audit_entry");
        });
        JsonNode verification;
        try {
            verification = rounds.verification(facilitatorSession, round);
        } finally {
            owner.replica(c -> {
                c.execute("insert into audit_entry select * from audit_entry_kept");
                c.execute("drop table audit_entry_kept");
            });
        }

        assertThat(verification.get("entries").asInt()).isZero();
        assertThat(codes(verification)).as(verification.toString()).contains("entriesDeleted");
        assertThat(rounds.verification(facilitatorSession, round).get("valid").asBoolean()).isTrue();
    }

    @Test
    void shouldFindAForgedEntryInsertedWithAComputedHash() throws SQLException {
        UUID round = rounds.launched(facilitatorSession);
        owner.replica(c -> owner.forge(c, round, "SignatureGiven", "Pact signed, SHA-256 " + "ab".repeat(32)));

        JsonNode verification = rounds.verification(facilitatorSession, round);

        int entries = verification.get("entries").asInt();
        assertThat(codes(verification)).as(verification.toString()).containsExactly("entriesUncovered");
        assertThat(finding(verification, "entriesUncovered").get("where").asText()).contains("seq=" + entries);
    }

    @Test
    void shouldFindAPactVersionsTextChangedKeepingItsHash() throws SQLException {
        UUID round = rounds.launched(facilitatorSession);
        UUID version = rounds.publishedVersion(round, "The parties reduce emissions by 40% by 2030.");
        owner.withTriggersDisabled(c -> c.update("update pact_version set text = replace(text, '40%', '4%') "
                + "where id = ?", version), "pact_version");

        JsonNode verification = rounds.verification(facilitatorSession, round);

        assertThat(codes(verification)).as(verification.toString()).containsExactly("pactText");
        assertThat(finding(verification, "pactText").get("where").asText()).contains("pact_version")
                .contains(version.toString());

        owner.withTriggersDisabled(c -> c.update("update pact_version set document = replace(document, '40%', '4%') "
                + "where id = ?", version), "pact_version");

        assertThat(codes(rounds.verification(facilitatorSession, round))).containsExactly("pactHash");
    }

    @Test
    void shouldFindAPactVersionsTextAndHashBothChanged() throws SQLException {
        UUID round = rounds.launched(facilitatorSession);
        UUID version = rounds.publishedVersion(round, "The parties reduce emissions by 40% by 2030.");
        owner.withTriggersDisabled(c -> {
            String stored = c.queryForString("select document from pact_version where id = ?", version);
            PactDocument forged = PactCanonicalForm.read(stored.replace("40%", "4%"));
            String document = PactCanonicalForm.write(forged);
            c.update("update pact_version set document = ?, text = ?, sha256 = ? where id = ?", document,
                    PactVersionEntity.canonical(PactTexts.markdown(forged)), Sha256.hex(document), version);
        }, "pact_version");

        JsonNode verification = rounds.verification(facilitatorSession, round);

        assertThat(codes(verification)).as(verification.toString()).containsExactly("pactRecorded");
        assertThat(finding(verification, "pactRecorded").get("what").asText()).contains("Pact version 1")
                .contains("recorded");
    }

    @Test
    void shouldFindADocumentsBytesChanged() throws SQLException {
        UUID round = rounds.launched(facilitatorSession);
        assertThat(facilitatorSession.postFile("/api/rounds/" + round + "/documents", "file", "plan.pdf",
                "application/pdf", TestFiles.PDF).status()).isEqualTo(201);
        assertThat(rounds.verification(facilitatorSession, round).get("valid").asBoolean()).isTrue();
        owner.replica(c -> c.update("update document set content = set_byte(content, 20, (get_byte(content, 20) + 1)"
                + " % 256) where round_id = ?", round));

        JsonNode verification = rounds.verification(facilitatorSession, round);

        assertThat(codes(verification)).as(verification.toString()).containsExactly("documentBytes");
        assertThat(finding(verification, "documentBytes").get("where").asText()).contains("plan.pdf");
    }

    @Autowired
    private EmbeddedPostgres postgres;
    @Autowired
    private PactService pacts;
    private TamperingOwner owner;
    private VerifiedRounds rounds;

    @BeforeEach
    void asTheDatabasesOwner() {
        owner = new TamperingOwner(postgres);
        rounds = new VerifiedRounds(pacts);
    }

    static List<String> codes(JsonNode verification) {
        List<String> codes = new ArrayList<>();
        verification.get("findings").forEach(f -> codes.add(f.get("code").asText()));
        return codes;
    }

    static JsonNode finding(JsonNode verification, String code) {
        return StreamSupport.stream(verification.get("findings").spliterator(), false)
                .filter(f -> f.get("code").asText().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + verification));
    }
}
