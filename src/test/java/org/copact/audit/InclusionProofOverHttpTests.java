package org.copact.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.pact.PactService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One entry proven over HTTP against a signed checkpoint (RFC 9162 inclusion proof) and verified
 * offline without the rest of the record ({@code java -jar copact.jar verify-entry}); changed in its
 * entry or its path, it is not. The checkpoints' roots come from each round's kept frontier, equal to
 * the roots recomputed from all its entries, also when the frontier has to be rebuilt.
 */
class InclusionProofOverHttpTests extends HttpTestSupport {

    @Autowired
    private PactService pacts;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private AuditLog log;
    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void shouldProveEachEntryOfflineAndRefuseAChangedEntryOrPath() throws IOException {
        VerifiedRounds rounds = new VerifiedRounds(pacts);
        UUID round = rounds.launched(facilitatorSession);
        JsonNode verification = rounds.verification(facilitatorSession, round);
        int entries = verification.get("entries").asInt();
        String keyId = verification.get("keyId").asText();
        assertThat(entries).isGreaterThan(2);

        for (int seq = 1; seq <= entries; seq++) {
            HttpSession.Response latest = facilitatorSession.get(proof(round, seq, null));
            assertThat(latest.status()).as(latest.toString()).isEqualTo(200);
            assertThat(latest.json().get("treeSize").asInt()).isEqualTo(entries);
            assertThat(verifyEntry(write(latest.body()), keyId).status()).as("entry %d of the latest", seq).isZero();
            HttpSession.Response own = facilitatorSession.get(proof(round, seq, seq));
            assertThat(own.json().get("checkpoint").get("treeSize").asInt()).isEqualTo(seq);
            Verified ownVerified = verifyEntry(write(own.body()), keyId);
            assertThat(ownVerified.status()).as(ownVerified.output()).isZero();
        }

        String body = facilitatorSession.get(proof(round, 1, null)).body();
        Verified verified = verifyEntry(write(body), keyId);
        assertThat(verified.output()).contains("VERIFIED: entry 1").contains(keyId);
        assertThat(verifyEntry(write(body), null).status()).as("no key pinned").isEqualTo(3);

        JsonNode proof = facilitatorSession.get(proof(round, 1, null)).json();
        JsonNode amended = proof.deepCopy();
        ((ObjectNode) amended.get("entry")).put("summary", proof.get("entry").get("summary").asText() + " (amended)");
        Verified changedEntry = verifyEntry(write(amended.toString()), keyId);
        assertThat(changedEntry.status()).as(changedEntry.output()).isEqualTo(1);
        assertThat(changedEntry.output()).contains("Entry 1 was changed");

        String sibling = proof.get("auditPath").get(0).asText();
        String flipped = (sibling.charAt(0) == '0' ? "1" : "0") + sibling.substring(1);
        Verified wrongPath = verifyEntry(write(body.replace(sibling, flipped)), keyId);
        assertThat(wrongPath.status()).as(wrongPath.output()).isEqualTo(1);
        assertThat(wrongPath.output()).contains("The audit path does not lead from entry 1");

        Path checkpointOfTwo = write(facilitatorSession.get(proof(round, 2, 2)).json().get("checkpoint").toString());
        Verified againstKept = verifyEntry(write(facilitatorSession.get(proof(round, 2, null)).body()), keyId,
                "--checkpoint", checkpointOfTwo.toString());
        assertThat(againstKept.status()).as("a proof of another tree size than the kept checkpoint's: "
                + againstKept.output()).isEqualTo(1);
        Verified ofKept = verifyEntry(write(facilitatorSession.get(proof(round, 2, 2)).body()), keyId, "--checkpoint",
                checkpointOfTwo.toString());
        assertThat(ofKept.status()).as(ofKept.output()).isZero();
    }

    @Test
    void shouldAnswerAWrongNumberWithAFieldErrorAndAMissingEntryWithA404() {
        UUID round = new VerifiedRounds(pacts).launched(facilitatorSession);
        int entries = jdbc.queryForObject("select count(*) from audit_entry where round_id = ?", Integer.class, round);
        HttpSession romanian = facilitatorSession.at(baseUrl()).speaking("ro");

        HttpSession.Response notANumber = romanian.get("/api/rounds/" + round + "/history/entries/first/proof");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.contentType()).contains("application/problem+json");
        assertThat(notANumber.body()).contains("seq").contains("trebuie să fie un număr întreg");
        HttpSession.Response tooSmall = romanian.get(proof(round, 2, 1));
        assertThat(tooSmall.status()).isEqualTo(400);
        assertThat(tooSmall.body()).contains("treeSize");
        assertThat(romanian.get(proof(round, 1, entries + 1)).status()).isEqualTo(400);
        assertThat(romanian.get("/api/rounds/" + round + "/history/entries/1/proof?treeSize=x").status())
                .isEqualTo(400);
        HttpSession.Response missing = romanian.get(proof(round, entries + 1, null));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("intrarea " + (entries + 1));
    }

    @Test
    void shouldSignTheRootsOfAllEntriesFromTheKeptFrontierAndRebuildAMissingOne() {
        UUID round = new VerifiedRounds(pacts).launched(facilitatorSession);
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        assertFrontierIsTheWholeRecords(round);

        jdbc.update("delete from audit_frontier where round_id = ?", round);
        transactions.executeWithoutResult(status -> log.append(round, Instant.now(), "test", AuditType.RoundRevised,
                "Revised after the frontier was lost", Map.of()));
        assertFrontierIsTheWholeRecords(round);

        jdbc.update("update audit_frontier set tree_size = tree_size - 1 where round_id = ?", round);
        transactions.executeWithoutResult(status -> log.append(round, Instant.now(), "test", AuditType.RoundRevised,
                "Revised after the frontier fell behind", Map.of()));
        assertFrontierIsTheWholeRecords(round);
        JsonNode verification = new VerifiedRounds(pacts).verification(facilitatorSession, round);
        assertThat(verification.get("valid").asBoolean()).as(verification.toString()).isTrue();
    }

    private void assertFrontierIsTheWholeRecords(UUID round) {
        List<String> hashes = jdbc.queryForList("select hash from audit_entry where round_id = ? order by seq",
                String.class, round);
        Map<String, Object> frontier = jdbc.queryForMap("select tree_size, roots from audit_frontier where round_id = ?",
                round);
        assertThat(frontier.get("tree_size")).isEqualTo(hashes.size());
        String fromScratch = MerkleTree.root(hashes, hashes.size());
        assertThat(MerkleFrontier.decode(hashes.size(), (String) frontier.get("roots")).root()).isEqualTo(fromScratch);
        assertThat(jdbc.queryForObject("select root_hash from audit_checkpoint where round_id = ? and tree_size = ?",
                String.class, round, hashes.size())).isEqualTo(fromScratch);
    }

    private static String proof(UUID round, int seq, Integer treeSize) {
        return "/api/rounds/" + round + "/history/entries/" + seq + "/proof"
                + (treeSize == null ? "" : "?treeSize=" + treeSize);
    }

    private static Path write(String json) throws IOException {
        Path file = Files.createTempFile(Files.createDirectories(Path.of("target", "test-data")), "proof", ".json");
        return Files.writeString(file, json, StandardCharsets.UTF_8);
    }

    private record Verified(int status, String output) {
    }

    private static Verified verifyEntry(Path proof, String keyId, String... more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("verify-entry", proof.toString()));
        if (keyId != null) {
            args.addAll(List.of("--key-id", keyId));
        }
        args.addAll(List.of(more));
        int status = OfflineVerifier.run(args.toArray(String[]::new), new PrintStream(out, true,
                StandardCharsets.UTF_8));
        return new Verified(status, out.toString(StandardCharsets.UTF_8));
    }
}
