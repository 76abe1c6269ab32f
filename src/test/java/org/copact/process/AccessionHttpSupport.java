package org.copact.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.Mailbox;
import org.copact.TestRounds;

/**
 * What the tests of a pact in force over HTTP share: a round whose two signatories signed, each in
 * a browser of their own opened from their mail, and the turns of the accession's tasks.
 */
abstract class AccessionHttpSupport extends HttpTestSupport {


    static final Duration PATIENCE = Duration.ofSeconds(60);

    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String elena = "elena" + suffix + "@ilfov.example";
    String dan = "dan" + suffix + "@eco.example";
    String ana = "ana" + suffix + "@solar-nou.example";
    Map<String, HttpSession> browsers = new LinkedHashMap<>();

    /** Two signatories, a consultation, a draft, a review and both signatures: the pact in force, sealed. */
    String roundInForce() {
        HttpSession.Response defined = facilitatorSession.post("/api/rounds", TestRounds.round("Pactul Verde " + suffix,
                List.of(TestRounds.stakeholder("Primăria Ilfov", "Elena Dobre", elena, "PUBLIC_AUTHORITY", "ro",
                        List.of("PARTICIPANT", "REVIEWER", "SIGNATORY")),
                        TestRounds.stakeholder("Eco SRL", "Dan Pop", dan, "SME", "ro",
                                List.of("REVIEWER", "SIGNATORY")))));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        String roundId = defined.json().get("id").asText();
        assertThat(facilitatorSession.post("/api/rounds/" + roundId + "/launch", "").status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> !mailbox.to(elena).isEmpty());
        HttpSession authority = HttpSession.anonymous(baseUrl());
        authority.open(mailbox.latestLinkTo(elena));
        browsers.put(elena, authority);
        submit(elena, "Task_AnswerConsultation", Map.of("priorities", "Energie verde", "intendsToSign", "yes"));
        submit(facilitatorSession, "Task_DraftPact", Map.of("pactText", "Pactul verde local, versiunea 1."));
        await().atMost(PATIENCE).until(() -> !mailbox.to(dan).isEmpty());
        HttpSession sme = HttpSession.anonymous(baseUrl());
        sme.open(mailbox.latestLinkTo(dan));
        browsers.put(dan, sme);
        submit(elena, "Task_ReviewDraft", Map.of("decision", "APPROVE"));
        submit(dan, "Task_ReviewDraft", Map.of("decision", "APPROVE"));
        submit(facilitatorSession, "Task_DecideOnReview", Map.of("outcome", "FINALISE"));
        for (String signatory : List.of(elena, dan)) {
            JsonNode task = waitForTask(browsers.get(signatory), "Task_SignPact");
            String hash = browsers.get(signatory).get("/api/tasks/" + task.get("id").asText() + "/form").json()
                    .at("/context/pactVersion/sha256").asText();
            HttpSession.Response done = submitWithSigningCode(browsers.get(signatory), task.get("id").asText(),
                    signatory, Map.of("sha256", hash, "decision", "SIGN"));
            assertThat(done.status()).as(done.toString()).isEqualTo(204);
        }
        await().atMost(PATIENCE).until(() -> editions(roundId).size() == 1);
        return roundId;
    }

    static Map<String, Object> commitment(String target, String targetDate) {
        return Map.of("theme", "ENERGY", "description", "Panouri solare pe acoperișul halei",
                "indicator", "Putere instalată", "unit", "kWp", "baselineValue", "0", "baselineYear", "2025",
                "targetValue", target, "targetDate", targetDate);
    }

    List<JsonNode> editions(String roundId) {
        return list(facilitatorSession.get("/api/rounds/" + roundId + "/pact/editions").json());
    }

    List<jakarta.mail.internet.MimeMessage> kind(String address, String kind) {
        return mailbox.to(address).stream().filter(m -> {
            try {
                return kind.equals(m.getHeader("X-Copact-Kind", null));
            } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    void submit(String person, String taskKey, Map<String, Object> values) {
        submit(browsers.get(person), taskKey, values);
    }

    void submit(HttpSession browser, String taskKey, Map<String, Object> values) {
        JsonNode task = waitForTask(browser, taskKey);
        HttpSession.Response done = browser.post("/api/tasks/" + task.get("id").asText() + "/submission", values);
        assertThat(done.status()).as(taskKey + ": " + done).isEqualTo(204);
    }

    JsonNode waitForTask(HttpSession browser, String taskKey) {
        return await().atMost(PATIENCE).until(() -> list(browser.get("/api/tasks").json()).stream()
                .filter(t -> t.get("taskKey").asText().equals(taskKey)).findFirst().orElse(null), t -> t != null);
    }

    static List<JsonNode> list(JsonNode array) {
        return new ArrayList<>(StreamSupport.stream(array.spliterator(), false).toList());
    }

    static List<String> steps(JsonNode history) {
        return list(history).stream().filter(e -> e.has("step")).map(e -> e.get("step").asText()).toList();
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new AssertionError("not a PDF", e);
        }
    }

    /** The text of the newest mail of this kind to the address, as its mail program reads it over IMAP. */
    String overImap(String address, String kind) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", mailServer.getImap().getPort(), address, "their own password");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                String found = null;
                for (Message message : inbox.getMessages()) {
                    String[] kinds = message.getHeader("X-Copact-Kind");
                    if (kinds != null && kind.equals(kinds[0])) {
                        found = message.getSubject() + "\n" + Mailbox.text((MimeMessage) message);
                    }
                }
                return found;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }
}
