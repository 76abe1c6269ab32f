package org.copact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * The turns of the signature that the whole-round test goes through over HTTP and SMTP: a signer
 * told that their signature lapsed, a deadline the facilitator moves, a request withdrawn once the
 * rule is met, and an organisation that accedes to the pact in force with a code read from its mail.
 */
final class SigningTurns {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    private SigningTurns() {
    }

    /** The one mail of a kind ({@code X-Copact-Kind}) that reached an address, once it has. */
    static MimeMessage awaitMail(Mailbox mailbox, String address, String kind) {
        return await().atMost(PATIENCE).until(() -> mailbox.to(address).stream()
                .filter(m -> kind.equals(header(m, "X-Copact-Kind"))).findFirst().orElse(null), m -> m != null);
    }

    /** The signer of a withdrawn version hears, in their Romanian, that their signature lapsed. */
    static void assertToldSignatureLapsed(Mailbox mailbox, String address, String organisation, int version) {
        MimeMessage lapsed = awaitMail(mailbox, address, "signature-lapsed");
        assertThat(subject(lapsed)).contains("a expirat: va urma o versiune nouă");
        assertThat(Mailbox.text(lapsed)).contains(organisation + " a semnat versiunea " + version)
                .contains("veți fi rugat(ă) să semnați versiunea nouă");
    }

    /**
     * The facilitator moves the running signature's deadline a week later, with a reason, through the
     * round's deadlines API; each signatory still asked to sign is mailed the new date and the reason.
     */
    static void extendSignature(HttpSession facilitator, Mailbox mailbox, String roundId, List<String> concerned,
            String reason) {
        Instant current = Instant.parse(facilitator.get("/api/rounds/" + roundId).json().get("signatureDeadline")
                .asText());
        Instant moved = current.plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
        HttpSession.Response extended = facilitator.post("/api/rounds/" + roundId + "/deadlines/signature/extension",
                Map.of("deadline", moved.toString(), "reason", reason));
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(Instant.parse(extended.json().get("signatureDeadline").asText())).isEqualTo(moved);
        for (String address : concerned) {
            assertThat(Mailbox.text(awaitMail(mailbox, address, "signature-extended")))
                    .as("the new deadline and its reason, to " + address).contains(reason);
        }
    }

    /**
     * A new organisation accedes to the pact in force: invited by the facilitator, it opens its mail's
     * link, drafts its commitment sheet, is accepted and signs with a code read from its mail; a second
     * edition of the sealed pact then holds it and verifies publicly, as the first still does.
     */
    static void accede(HttpTestSupport test, String roundId, String organisation, String address) {
        HttpSession facilitator = test.facilitatorSession;
        HttpSession.Response invited = facilitator.post("/api/rounds/" + roundId + "/accessions",
                Map.of("organisation", organisation, "contactName", "Ana Nistor", "email", address,
                        "category", "SME", "language", "ro"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        awaitMail(test.mailbox, address, "accession-invitation");
        HttpSession newcomer = HttpSession.anonymous(test.baseUrl());
        assertThat(newcomer.open(test.mailbox.latestLinkTo(address)).status()).isEqualTo(303);
        submit(newcomer, "Task_DraftCommitmentSheet", Map.of("commitments", List.of(Map.of("theme", "ENERGY",
                "description", "Panouri solare pe acoperișul halei", "indicator", "Putere instalată", "unit", "kWp",
                "baselineValue", "0", "baselineYear", "2025", "targetValue", "120", "targetDate", "2030-12-31"))));
        submit(facilitator, "Task_ReviewCommitmentSheet", Map.of("decision", "ACCEPT"));
        JsonNode sign = waitForTask(newcomer, "Task_SignAccession");
        String sha256 = newcomer.get("/api/tasks/" + sign.get("id").asText() + "/form").json()
                .at("/context/pactVersion/sha256").asText();
        HttpSession.Response signed = test.submitWithSigningCode(newcomer, sign.get("id").asText(), address,
                Map.of("sha256", sha256, "accede", true));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(204);

        await().atMost(PATIENCE).until(() -> editions(facilitator, roundId).size() == 2);
        List<JsonNode> editions = editions(facilitator, roundId);
        byte[] first = facilitator.download(editions.get(0).get("pdf").asText()).body();
        byte[] second = facilitator.download(editions.get(1).get("pdf").asText()).body();
        assertThat(org.copact.common.Sha256.hex(second)).isEqualTo(editions.get(1).get("sha256").asText());
        HttpSession anyone = HttpSession.anonymous(test.baseUrl());
        for (byte[] edition : List.of(first, second)) {
            HttpSession.Response verified = anyone.postFile("/api/public/verification", "file", "pact.pdf",
                    "application/pdf", edition);
            assertThat(verified.json().get("kind").asText()).as(verified.toString()).isEqualTo("SEALED_PACT");
        }
        assertThat(pdfText(second)).as("the new edition holds the organisation, its sheet and the version signed")
                .contains(organisation).contains("Panouri solare pe acoperișul halei").contains("Ediția 2")
                .contains(sha256);
        assertThat(list(facilitator.get("/api/rounds/" + roundId + "/accessions").json())).singleElement()
                .satisfies(a -> assertThat(a.get("status").asText()).isEqualTo("SIGNED"));
    }

    static List<JsonNode> editions(HttpSession facilitator, String roundId) {
        return list(facilitator.get("/api/rounds/" + roundId + "/pact/editions").json());
    }

    private static void submit(HttpSession browser, String taskKey, Map<String, Object> values) {
        JsonNode task = waitForTask(browser, taskKey);
        HttpSession.Response done = browser.post("/api/tasks/" + task.get("id").asText() + "/submission", values);
        assertThat(done.status()).as(taskKey + ": " + done).isEqualTo(204);
    }

    private static JsonNode waitForTask(HttpSession browser, String taskKey) {
        return await().atMost(PATIENCE).until(() -> list(browser.get("/api/tasks").json()).stream()
                .filter(t -> t.get("taskKey").asText().equals(taskKey)).findFirst().orElse(null), t -> t != null);
    }

    private static List<JsonNode> list(JsonNode array) {
        return new ArrayList<>(StreamSupport.stream(array.spliterator(), false).toList());
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new AssertionError("not a PDF", e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String header(MimeMessage message, String name) {
        try {
            String value = message.getHeader(name, null);
            return value == null ? "" : value;
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
