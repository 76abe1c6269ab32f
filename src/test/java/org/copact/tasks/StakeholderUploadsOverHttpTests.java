package org.copact.tasks;

import org.copact.TestFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.common.Sha256;
import org.copact.consultation.ConsultationAnswer;
import org.copact.consultation.ConsultationService;
import org.copact.identity.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A stakeholder attaches a document to their answer with the task's page (multipart, the CSRF token
 * in the page's own field): a program is refused on its field in their language with everything
 * else they typed kept, a PDF becomes a document of the round that the answer names by id and
 * SHA-256, listed on their documents page and in the round's documents; nobody else may open it,
 * nor name it in their own answer through the API.
 */
class StakeholderUploadsOverHttpTests extends HttpTestSupport {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** a name as a sender may give it (no slash: a path is cut to its last part), shown as text, never as markup */
    private static final String NAME = "Studiu <i>de impact & Ilfov.pdf";
    private static final String ESCAPED_NAME = "Studiu &lt;i&gt;de impact &amp; Ilfov.pdf";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String ana = "ana" + suffix + "@cj-ilfov.example";
    private final String nikos = "nikos" + suffix + "@greenlab.example";

    @Autowired
    ConsultationService consultation;

    @Test
    void shouldKeepAnUploadedPdfAsTheStakeholdersDocumentAndRefuseAProgramOnItsField() {
        String roundId = launchRound();
        HttpSession anaBrowser = HttpSession.anonymous(baseUrl());
        TaskPagesOverHttpTests.open(anaBrowser, link(ana));
        String task = onlyTask(anaBrowser);
        String path = "/my/tasks/" + task;

        HttpSession.Response form = anaBrowser.get(path);
        assertThat(form.body()).contains("enctype=\"multipart/form-data\"")
                .contains("Documente justificative (opțional)")
                .containsPattern("<input type=\"file\" id=\"field-supportingDocuments\" name=\"supportingDocuments\""
                        + "[^>]* accept=\"[^\"]*\\.pdf,[^\"]*\"[^>]* multiple=\"multiple\"");

        HttpSession.Response forged = anaBrowser.postMultipart(path, new HttpSession.Multipart()
                .field("priorities", "Eficiență energetică").field("intendsToSign", "yes")
                .file("supportingDocuments", "raport.pdf", "application/pdf", PDF));
        assertThat(forged.status()).as("multipart without the page's CSRF field").isEqualTo(403);

        String typed = "Birocrația <b>lentă</b> & lipsa fondurilor";
        HttpSession.Response program = anaBrowser.postMultipart(path, new HttpSession.Multipart()
                .field("_csrf", csrf(form))
                .field("priorities", "ab")
                .field("obstacles", typed)
                .field("intendsToSign", "yes")
                .file("supportingDocuments", "raport.pdf", "application/pdf", TestFiles.PROGRAM));
        assertThat(program.status()).as(program.toString()).isEqualTo(422);
        assertThat(program.body()).contains("Acest fișier este un program; trimiteți un document")
                .contains("Scrieți cel puțin 3 caractere.")
                .contains("Birocrația &lt;b&gt;lentă&lt;/b&gt; &amp; lipsa fondurilor")
                .contains(">ab</textarea>");
        assertThat(errorOf(program.body(), "supportingDocuments")).contains("program");
        assertThat(facilitatorSession.get("/api/rounds/" + roundId + "/documents").json()).isEmpty();

        HttpSession.Response withPdf = anaBrowser.postMultipart(path, new HttpSession.Multipart()
                .field("_csrf", csrf(program))
                .field("priorities", "Eficiență energetică")
                .field("obstacles", typed)
                .file("supportingDocuments", NAME, "application/pdf", PDF));
        assertThat(withPdf.status()).as("intendsToSign is still missing").isEqualTo(422);
        assertThat(withPdf.body()).contains("Câmpul este obligatoriu.")
                .contains("Atașat: " + ESCAPED_NAME).doesNotContain("<i>de impact");
        JsonNode documents = facilitatorSession.get("/api/rounds/" + roundId + "/documents").json();
        assertThat(documents).hasSize(1);
        JsonNode document = documents.get(0);
        String documentId = document.get("id").asText();
        assertThat(document.get("sha256").asText()).isEqualTo(Sha256.hex(PDF));
        assertThat(document.get("source").asText()).isEqualTo("upload");
        assertThat(document.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(withPdf.body()).as("the attached file stays ticked for the next attempt")
                .contains("value=\"" + documentId + "\" checked");

        HttpSession.Response sent = anaBrowser.postMultipart(path, new HttpSession.Multipart()
                .field("_csrf", csrf(withPdf))
                .field("priorities", "Eficiență energetică")
                .field("obstacles", typed)
                .field("intendsToSign", "yes")
                .field("supportingDocuments", documentId)
                .file("supportingDocuments", "", "application/octet-stream", new byte[0]));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(302);

        ConsultationAnswer answer = consultation.answers(UUID.fromString(roundId)).get(0);
        assertThat(answer.answers().get("supportingDocuments")).isEqualTo(List.of(Map.of(
                "documentId", documentId, "fileName", NAME, "sha256", Sha256.hex(PDF))));

        HttpSession.Response mine = anaBrowser.get("/my/documents");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("Documentele dumneavoastră").contains(">" + ESCAPED_NAME + "<")
                .doesNotContain("<i>de impact")
                .contains(Sha256.hex(PDF)).contains("application/pdf")
                .contains("href=\"/my/documents/" + documentId + "\"");
        HttpSession.Download download = anaBrowser.download("/my/documents/" + documentId);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.contentDisposition()).startsWith("attachment;");
        assertThat(facilitatorSession.download("/my/documents/" + documentId).status())
                .as("the round's facilitator").isEqualTo(200);
        Caller.Staff other = TestRounds.newRegionWithFacilitator(accounts);
        assertThat(HttpSession.loggedIn(baseUrl(), other.username(), other.username())
                .download("/my/documents/" + documentId).status()).as("another region's facilitator").isEqualTo(404);

        HttpSession nikosBrowser = HttpSession.anonymous(baseUrl());
        TaskPagesOverHttpTests.open(nikosBrowser, link(nikos));
        assertThat(nikosBrowser.download("/my/documents/" + documentId).status()).isEqualTo(404);
        assertThat(nikosBrowser.get("/my/documents").body()).contains("Τα έγγραφά σας")
                .doesNotContain("Ilfov.pdf");
        String nikosTask = onlyTask(nikosBrowser);
        HttpSession.Response borrowed = nikosBrowser.post("/api/tasks/" + nikosTask + "/submission", Map.of(
                "priorities", "Κυκλική οικονομία", "intendsToSign", "yes", "supportingDocuments", List.of(documentId)));
        assertThat(borrowed.status()).as(borrowed.toString()).isEqualTo(400);
        assertThat(borrowed.body()).contains("supportingDocuments");
        assertThat(nikosBrowser.get("/api/tasks").json()).as("the task stays open").hasSize(1);

        HttpSession.Response sameBytes = nikosBrowser.postMultipart("/my/tasks/" + nikosTask,
                new HttpSession.Multipart().field("_csrf", csrf(nikosBrowser.get("/my/tasks/" + nikosTask)))
                        .field("action", "save")
                        .file("supportingDocuments", "greenlab-study.pdf", "application/pdf", PDF));
        assertThat(sameBytes.status()).as(sameBytes.toString()).isEqualTo(200);
        assertThat(facilitatorSession.get("/api/rounds/" + roundId + "/documents").json())
                .as("the same bytes are one document of the round").hasSize(1);
        assertThat(nikosBrowser.get("/my/documents").body()).as("under the name he gave it, not hers")
                .contains("greenlab-study.pdf").doesNotContain("Ilfov.pdf");
        HttpSession.Download his = nikosBrowser.download("/my/documents/" + documentId);
        assertThat(his.status()).isEqualTo(200);
        assertThat(his.contentDisposition()).contains("greenlab-study.pdf");
        assertThat(anaBrowser.get("/my/documents").body()).contains(ESCAPED_NAME);
    }

    /**
     * Two stakeholders send the same bytes under names of their own: the round keeps one document,
     * and its facilitators see both senders, each with the name they gave it, in the documents API and
     * on the round's page, not only the first.
     */
    @Test
    void shouldShowTheFacilitatorEverySenderOfTheSameBytesWithTheNameTheyGaveThem() {
        String roundId = launchRound();
        byte[] study = (new String(PDF, StandardCharsets.US_ASCII) + "% study " + suffix + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        HttpSession anaBrowser = HttpSession.anonymous(baseUrl());
        TaskPagesOverHttpTests.open(anaBrowser, link(ana));
        saveWithFile(anaBrowser, onlyTask(anaBrowser), "Studiu de impact Ilfov.pdf", study);
        HttpSession nikosBrowser = HttpSession.anonymous(baseUrl());
        TaskPagesOverHttpTests.open(nikosBrowser, link(nikos));
        saveWithFile(nikosBrowser, onlyTask(nikosBrowser), "Μελέτη επιπτώσεων.pdf", study);

        JsonNode documents = facilitatorSession.get("/api/rounds/" + roundId + "/documents").json();
        assertThat(documents).as("the same bytes are one document of the round").hasSize(1);
        JsonNode holders = documents.get(0).get("holders");
        assertThat(holders).hasSize(2);
        JsonNode stakeholders = facilitatorSession.get("/api/rounds/" + roundId).json().get("stakeholders");
        Map<String, String> participationOf = new java.util.HashMap<>();
        stakeholders.forEach(s -> participationOf.put(s.get("email").asText(), s.get("participationId").asText()));
        assertThat(holders.get(0).get("participationId").asText()).isEqualTo(participationOf.get(ana));
        assertThat(holders.get(0).get("fileName").asText()).isEqualTo("Studiu de impact Ilfov.pdf");
        assertThat(holders.get(1).get("participationId").asText()).isEqualTo(participationOf.get(nikos));
        assertThat(holders.get(1).get("fileName").asText()).isEqualTo("Μελέτη επιπτώσεων.pdf");

        String page = facilitatorSession.get("/rounds/" + roundId).body();
        assertThat(page).contains("id=\"documents\"", Sha256.hex(study),
                "Consiliul Județean Ilfov (Ana-Maria Ionescu)", "Studiu de impact Ilfov.pdf",
                "Θεσσαλονίκη Green Lab (Νίκος Παπαδόπουλος)", "Μελέτη επιπτώσεων.pdf");
    }

    /** Saves the task's draft with one file attached, as the page's form sends it. */
    private static void saveWithFile(HttpSession browser, String task, String fileName, byte[] content) {
        HttpSession.Response saved = browser.postMultipart("/my/tasks/" + task, new HttpSession.Multipart()
                .field("_csrf", csrf(browser.get("/my/tasks/" + task))).field("action", "save")
                .file("supportingDocuments", fileName, "application/pdf", content));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    private String launchRound() {
        return launchRound(TestRounds.round("Pact " + suffix,
                List.of(TestRounds.stakeholder("Consiliul Județean Ilfov", "Ana-Maria Ionescu", ana, "PUBLIC_AUTHORITY",
                                "ro", TestRounds.ALL_ROLES),
                        TestRounds.stakeholder("Θεσσαλονίκη Green Lab", "Νίκος Παπαδόπουλος", nikos, "NGO", "el",
                                TestRounds.ALL_ROLES))));
    }

    private String link(String person) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !mailbox.to(person).isEmpty());
        return mailbox.latestLinkTo(person);
    }

    private static String onlyTask(HttpSession browser) {
        JsonNode tasks = await().atMost(Duration.ofSeconds(60)).until(() -> browser.get("/api/tasks").json(),
                t -> t.size() == 1);
        return tasks.get(0).get("id").asText();
    }

    /** The token the page put in its form, as the browser would send it back. */
    private static String csrf(HttpSession.Response page) {
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("a CSRF field in %s", page.body()).isTrue();
        return token.group(1);
    }

    private static String errorOf(String page, String field) {
        Matcher error = Pattern.compile("id=\"field-" + field + "-error\">([^<]*)<").matcher(page);
        return error.find() ? error.group(1) : "";
    }

}
