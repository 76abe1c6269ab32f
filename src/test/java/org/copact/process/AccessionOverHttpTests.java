package org.copact.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.copact.HttpSession;
import org.copact.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A pact in force over HTTP and SMTP: a facilitator invites a new organisation, which reads the mail
 * and the pact, drafts its commitment sheet, is asked for changes, is accepted and signs with a code
 * read from its mail; the second edition of the signed pact verifies publicly, as the first still
 * does. Then a signatory withdraws with its reason, which the history and the third edition show.
 */
class AccessionOverHttpTests extends AccessionHttpSupport {

    @Test
    void shouldLetANewOrganisationAccedeToAPactInForceAndASignatoryWithdrawFromIt() throws Exception {
        String roundId = roundInForce();
        String sealedV1 = list(facilitatorSession.get("/api/rounds/" + roundId + "/pact/editions").json()).get(0)
                .get("sha256").asText();

        // the facilitator invites a new organisation; a mistaken request is a field error, nothing is stored
        HttpSession.Response wrong = facilitatorSession.post("/api/rounds/" + roundId + "/accessions",
                Map.of("organisation", "Solar Nou SRL", "email", "not-an-address", "category", "SME", "language", "ro"));
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        HttpSession.Response invited = facilitatorSession.post("/api/rounds/" + roundId + "/accessions",
                Map.of("organisation", "Solar Nou SRL", "contactName", "Ana Nistor", "email", ana,
                        "category", "SME", "language", "ro"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.json().get("status").asText()).isEqualTo("INVITED");
        HttpSession.Response twice = facilitatorSession.post("/api/rounds/" + roundId + "/accessions",
                Map.of("participationId", invited.json().get("participationId").asText()));
        assertThat(twice.status()).as("invited once").isEqualTo(409);

        // the organisation gets its invitation in Romanian, with its link, and reads the pact in force
        await().atMost(PATIENCE).until(() -> !kind(ana, "accession-invitation").isEmpty());
        assertThat(kind(ana, "accession-invitation").get(0).getSubject()).contains("Sunteți invitați să aderați");
        // it joins the round's record as any stakeholder added after the launch does, once
        assertThat(java.util.stream.StreamSupport.stream(facilitatorSession.get("/api/rounds/" + roundId + "/history")
                .json().spliterator(), false).filter(e -> "StakeholderAdded".equals(e.get("type").asText()))
                .map(e -> e.get("summary").asText()).filter(summary -> summary.contains("Solar Nou SRL")).toList())
                .as("the acceding organisation's StakeholderAdded entry").hasSize(1);
        HttpSession newcomer = HttpSession.anonymous(baseUrl());
        assertThat(newcomer.open(mailbox.latestLinkTo(ana)).status()).isEqualTo(303);
        browsers.put(ana, newcomer);
        assertThat(newcomer.get("/my/pact").body()).contains("Pactul verde local, versiunea 1.");
        JsonNode draft = waitForTask(newcomer, "Task_DraftCommitmentSheet");
        JsonNode form = newcomer.get("/api/tasks/" + draft.get("id").asText() + "/form").json();
        assertThat(form.at("/context/pactVersion/number").asInt()).isEqualTo(1);
        assertThat(form.at("/context/pactVersion/pdf").asText()).isEqualTo("/my/pact/versions/1/pdf");

        // its first sheet breaks the signatories' rules: field errors in its Romanian
        HttpSession.Response invalid = newcomer.post("/api/tasks/" + draft.get("id").asText() + "/submission",
                Map.of("commitments", List.of(commitment("12,5x", "2030-12-31"))));
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        assertThat(invalid.body()).contains("commitments[0].targetValue");
        submit(ana, "Task_DraftCommitmentSheet", Map.of("commitments", List.of(commitment("40", "2030-12-31"))));

        // the facilitator asks for changes; the organisation is told why and sends its sheet again
        submit(facilitatorSession, "Task_ReviewCommitmentSheet", Map.of("decision", "REQUEST_CHANGES",
                "reason", "Ținta de 40 kWp este prea mică pentru acoperișul vostru."));
        await().atMost(PATIENCE).until(() -> !kind(ana, "accession-changes").isEmpty());
        assertThat(Mailbox.text(kind(ana, "accession-changes").get(0)))
                .contains("Ținta de 40 kWp este prea mică pentru acoperișul vostru.");
        submit(ana, "Task_DraftCommitmentSheet", Map.of("commitments", List.of(commitment("120", "2030-12-31"))));
        submit(facilitatorSession, "Task_ReviewCommitmentSheet", Map.of("decision", "ACCEPT"));

        // it signs with a code read from its mail
        JsonNode sign = waitForTask(newcomer, "Task_SignAccession");
        String sha256 = newcomer.get("/api/tasks/" + sign.get("id").asText() + "/form").json()
                .at("/context/pactVersion/sha256").asText();
        HttpSession.Response signed = submitWithSigningCode(newcomer, sign.get("id").asText(), ana,
                Map.of("sha256", sha256, "accede", true));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(204);

        // a second edition, with the organisation and its sheet; the first still verifies
        await().atMost(PATIENCE).until(() -> editions(roundId).size() == 2);
        await().atMost(PATIENCE).until(() -> !kind(ana, "accession-acceded").isEmpty());
        assertThat(kind(ana, "accession-invitation")).as("invited once, its StakeholderAdded event mails nothing")
                .hasSize(1);
        List<JsonNode> editions = editions(roundId);
        byte[] second = facilitatorSession.download(editions.get(1).get("pdf").asText()).body();
        byte[] first = facilitatorSession.download(editions.get(0).get("pdf").asText()).body();
        assertThat(org.copact.common.Sha256.hex(first)).isEqualTo(sealedV1);
        assertThat(pdfText(second)).contains("Solar Nou SRL").contains("Panouri solare pe acoperișul halei")
                .contains("Ediția 2").contains(sha256);
        HttpSession anyone = HttpSession.anonymous(baseUrl());
        for (byte[] edition : List.of(first, second)) {
            HttpSession.Response verified = anyone.postFile("/api/public/verification", "file", "pact.pdf",
                    "application/pdf", edition);
            assertThat(verified.json().get("kind").asText()).as(verified.toString()).isEqualTo("SEALED_PACT");
            assertThat(verified.json().at("/matches/0/version").asInt()).isEqualTo(1);
        }
        assertThat(newcomer.get("/my/pact").body()).contains(editions.get(1).get("sha256").asText())
                .contains("/my/pact/editions/1/pdf");
        assertThat(newcomer.download("/my/pact/editions/2/pdf").body()).isEqualTo(second);
        assertThat(list(facilitatorSession.get("/api/rounds/" + roundId + "/accessions").json()))
                .singleElement().satisfies(a -> assertThat(a.get("status").asText()).isEqualTo("SIGNED"));
        assertThat(facilitatorSession.get("/rounds/" + roundId + "?lang=ro").body())
                .as("the round's page lists the editions and the accession")
                .contains("Edițiile pactului semnat").contains(editions.get(1).get("sha256").asText())
                .contains("Solar Nou SRL").contains("a semnat");

        // a signatory withdraws, with its reason; without one it is a field error
        HttpSession eco = browsers.get(dan);
        HttpSession.Response noReason = eco.post("/api/rounds/" + roundId + "/withdrawals", Map.of());
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        HttpSession.Response withdrawn = eco.post("/api/rounds/" + roundId + "/withdrawals",
                Map.of("reason", "Firma se mută din regiune."));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(201);
        assertThat(eco.post("/api/rounds/" + roundId + "/withdrawals", Map.of("reason", "again")).status())
                .isEqualTo(409);
        await().atMost(PATIENCE).until(() -> editions(roundId).size() == 3);
        byte[] third = facilitatorSession.download(editions(roundId).get(2).get("pdf").asText()).body();
        assertThat(pdfText(third)).contains("retrasă la");
        assertThat(pdfText(second)).doesNotContain("retrasă la");

        // public verification names the signatories of each edition as it was sealed, not as they are now
        List<byte[]> sealed = List.of(first, second, third);
        List<List<String>> named = List.of(List.of("Eco SRL", "Primăria Ilfov"),
                List.of("Eco SRL", "Primăria Ilfov", "Solar Nou SRL"), List.of("Primăria Ilfov", "Solar Nou SRL"));
        for (int e = 0; e < 3; e++) {
            HttpSession.Response verified = anyone.postFile("/api/public/verification", "file", "pact.pdf",
                    "application/pdf", sealed.get(e));
            assertThat(verified.json().at("/matches/0/edition").asInt()).as(verified.toString()).isEqualTo(e + 1);
            assertThat(list(verified.json().at("/matches/0/signedBy")).stream().map(JsonNode::asText).toList())
                    .as("the signatories edition %d was sealed with", e + 1).isEqualTo(named.get(e));
        }
        JsonNode byVersion = anyone.get("/api/public/verification?sha256=" + sha256).json();
        assertThat(list(byVersion.at("/matches/0/editions")).stream().map(e -> list(e.get("signedBy")).stream()
                .map(JsonNode::asText).toList()).toList()).isEqualTo(named);
        assertThat(anyone.get("/verify?lang=ro&sha256=" + sha256).body())
                .contains("Ediția 1, sigilată la").contains("semnată de: Eco SRL, Primăria Ilfov.");

        // the history shows the accession and the withdrawal
        JsonNode history = facilitatorSession.get("/api/rounds/" + roundId + "/history").json();
        List<String> recorded = list(history).stream().filter(e -> "audit".equals(e.get("source").asText()))
                .map(e -> e.get("type").asText()).toList();
        assertThat(recorded).containsSubsequence("AccessionInvited", "AccessionSheetSubmitted",
                "AccessionChangesRequested", "AccessionAccepted", "PactAcceded", "EditionSealed", "PactWithdrawn",
                "EditionSealed");
        assertThat(history.toString()).contains("Firma se mută din regiune.");
        assertThat(steps(history)).contains("Task_SendAccessionInvitation", "Task_DraftCommitmentSheet",
                "Task_ReviewCommitmentSheet", "Task_SendChangesRequest", "Task_SignAccession", "Task_SealEdition");

        // a double click: the other request's row is not committed when this one looks, the unique
        // constraint refuses this one, which is a conflict in the signatory's language, never a 500
        HttpSession authority = browsers.get(elena);
        HttpSession.Response raced = whileARivalWithdraws(roundId, elena, () -> authority.post("/api/rounds/"
                + roundId + "/withdrawals", Map.of("reason", "Dublu clic")));
        assertThat(raced.status()).as(raced.toString()).isEqualTo(409);
        assertThat(raced.contentType()).startsWith("application/problem+json");
        assertThat(raced.body()).contains("dublu clic");
        new JdbcTemplate(superuser()).update("delete from pact_withdrawal where reason = 'rival'");
        HttpSession.Response racedPage = whileARivalWithdraws(roundId, elena,
                () -> authority.postForm("/my/pact/withdrawal", "reason=Dublu+clic"));
        assertThat(racedPage.status()).as(racedPage.toString()).isEqualTo(302);
        assertThat(authority.get("/my/pact").body()).as("the page says what happened").contains("dublu clic");
        new JdbcTemplate(superuser()).update("delete from pact_withdrawal where reason = 'rival'");
    }

    /**
     * Sends the request while another transaction has inserted, not yet committed, the same
     * signatory's withdrawal; commits that one once the request waits on it.
     */
    private HttpSession.Response whileARivalWithdraws(String roundId, String signatory,
            java.util.concurrent.Callable<HttpSession.Response> request) throws Exception {
        JdbcTemplate db = new JdbcTemplate(superuser());
        UUID participation = db.queryForObject("select p.id from participation p join stakeholder s on "
                + "s.id = p.stakeholder_id where p.round_id = ? and s.email = ?", UUID.class,
                UUID.fromString(roundId), signatory);
        UUID version = db.queryForObject("select pact_version_id from pact_withdrawal where round_id = ? limit 1",
                UUID.class, UUID.fromString(roundId));
        try (Connection rival = superuser().getConnection()) {
            rival.setAutoCommit(false);
            try (PreparedStatement insert = rival.prepareStatement("insert into pact_withdrawal (id, round_id, "
                    + "pact_version_id, participation_id, reason, withdrawn_at) values (?, ?, ?, ?, 'rival', now())")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, UUID.fromString(roundId));
                insert.setObject(3, version);
                insert.setObject(4, participation);
                insert.executeUpdate();
            }
            CompletableFuture<HttpSession.Response> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return request.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            await().atMost(PATIENCE).until(() -> answer.isDone() || db.queryForObject(
                    "select count(*) from pg_locks where not granted", Integer.class) > 0);
            rival.commit();
            return answer.get(60, TimeUnit.SECONDS);
        }
    }
}
