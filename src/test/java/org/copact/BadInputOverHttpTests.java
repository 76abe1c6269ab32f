package org.copact;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.copact.round.RoundDefinition;
import org.junit.jupiter.api.Test;

/**
 * Inputs that once made Copact answer 500 (issue 13, item 5): each gets a field error or a 400
 * problem document in the person's language, and nothing is stored.
 */
class BadInputOverHttpTests extends HttpTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(UTF_8);

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void shouldRefuseADeadlineBeyondWhatCanBeStoredOrMeant() {
        Instant now = Instant.now();
        HttpSession.Response page = facilitatorSession.postForm("/rounds?lang=ro", "title=Pact&defaultLanguage=ro"
                + "&consultationDeadline=%2B294277-01-01&reviewDeadline=%2B294278-01-01&signatureDeadline=%2B294279-01-01"
                + "&stakeholders=" + URLEncoder.encode("Eco SRL; Dan Pop; dan" + suffix + "@eco.example; SME; ro", UTF_8));
        assertThat(page.status()).as(page.toString()).isEqualTo(422);
        assertThat(page.body()).contains("trebuie să fie între 2000-01-01 și 2100-12-31");
        for (String far : List.of("+294277-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "2101-01-01T00:00:00Z")) {
            HttpSession.Response response = facilitatorSession.post("/api/rounds", definition(
                    now.plus(Duration.ofDays(14)).toString(), "P2D", far));
            assertThat(response.status()).as(far + ": " + response).isEqualTo(400);
            assertThat(errors(response)).as(far + ", in the language the session chose").containsEntry(
                    "signatureDeadline", "trebuie să fie între 2000-01-01 și 2100-12-31");
        }
        assertThat(facilitatorSession.get("/api/rounds").json()).as("nothing stored").isEmpty();
    }

    @Test
    void shouldSayTheFieldErrorsOfADefinitionAndOfAnEditInTheCallersLanguage() {
        Instant now = Instant.now();
        String consultation = now.plus(Duration.ofDays(14)).toString();
        String signature = now.plus(Duration.ofDays(42)).toString();
        HttpSession.Response italian = facilitatorSession.send("POST", "/api/rounds",
                definition(consultation, "P367D", signature), "it");
        assertThat(italian.status()).as(italian.toString()).isEqualTo(400);
        assertThat(errors(italian)).as("Accept-Language: it")
                .containsEntry("reminderBefore", "deve essere al massimo 366 giorni");
        assertThat(facilitatorSession.get("/api/rounds").json()).as("nothing stored").isEmpty();

        HttpSession.Response defined = facilitatorSession.post("/api/rounds",
                definition(consultation, "P2D", signature));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        HttpSession.Response bulgarian = facilitatorSession.patch("/api/rounds/" + defined.json().get("id").asText()
                + "?lang=bg", Map.of("reminderBefore", "P367D"));
        assertThat(bulgarian.status()).as(bulgarian.toString()).isEqualTo(400);
        assertThat(errors(bulgarian)).as("?lang=bg")
                .containsEntry("reminderBefore", "трябва да е най-много 366 дни");
    }

    @Test
    void shouldRefuseAReminderLongerThanAYear() {
        Instant now = Instant.now();
        for (String reminder : List.of("P999999999D", "P367D")) {
            HttpSession.Response response = facilitatorSession.post("/api/rounds", definition(
                    now.plus(Duration.ofDays(14)).toString(), reminder, now.plus(Duration.ofDays(42)).toString()));
            assertThat(response.status()).as(reminder + ": " + response).isEqualTo(400);
            assertThat(errors(response)).as(reminder).containsEntry("reminderBefore", "must be at most 366 days");
        }
        assertThat(facilitatorSession.get("/api/rounds").json()).as("nothing stored").isEmpty();
    }

    @Test
    void shouldRefuseANulCharacterInAnAnswerInThePersonsLanguage() {
        String ana = "ana" + suffix + "@cj-ilfov.example";
        String roundId = launchRoundWith(ana);
        HttpSession browser = browserOf(ana);
        String task = onlyTask(browser);

        HttpSession.Response api = browser.post("/api/tasks/" + task + "/submission",
                Map.of("priorities", "Eficiență\u0000energetică", "intendsToSign", "yes"));
        assertThat(api.status()).as(api.toString()).isEqualTo(400);
        assertThat(errors(api)).containsEntry("priorities", "Nu folosiți caractere de control.");

        HttpSession.Response page = browser.postForm("/my/tasks/" + task,
                "priorities=Eficien%C8%9B%C4%83%00energetic%C4%83&obstacles=a%01b&intendsToSign=yes");
        assertThat(page.status()).as(page.toString()).isEqualTo(422);
        assertThat(errorOf(page.body(), "priorities")).isEqualTo("Nu folosiți caractere de control.");
        assertThat(errorOf(page.body(), "obstacles")).isEqualTo("Nu folosiți caractere de control.");

        HttpSession.Response fine = browser.postForm("/my/tasks/" + task,
                "priorities=Eficien%C8%9B%C4%83%09energetic%C4%83%0D%0Aal%20doilea%20r%C3%A2nd&intendsToSign=yes");
        assertThat(fine.status()).as("tab, CR and LF are text: " + fine).isEqualTo(302);
        assertThat(fine.location()).endsWith("/my/tasks/" + task + "/done");
        assertThat(facilitatorSession.get("/api/rounds/" + roundId).status()).isEqualTo(200);
    }

    @Test
    void shouldAnswerABrokenMultipartUploadWithA400() {
        String ana = "ana" + suffix + "@cj-ilfov.example";
        String roundId = launchRoundWith(ana);
        String documents = "/api/rounds/" + roundId + "/documents";
        String boundary = "copact-" + suffix;
        byte[] truncated = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n1 0 obj").getBytes(UTF_8);

        HttpSession.Response noBoundary = facilitatorSession.postRaw(documents + "?lang=ro", "multipart/form-data", PDF);
        HttpSession.Response cut = facilitatorSession.postRaw(documents, "multipart/form-data; boundary=" + boundary,
                truncated);
        HttpSession.Response nulInName = facilitatorSession.postFile(documents, "file", "raport\u0000.exe.pdf",
                "application/pdf", PDF);

        assertThat(List.of(noBoundary, cut, nulInName)).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
        });
        assertThat(noBoundary.json().get("title").asText()).as("in the language asked for").isEqualTo("Cerere nevalidă");
        assertThat(noBoundary.json().get("detail").asText()).contains("trimiteți din nou");
        HttpSession.Response nulInGreek = HttpSession.loggedIn(baseUrl(), facilitator.username(), facilitator.username())
                .speaking("el").postFile(documents, "file", "raport\u0000.pdf", "application/pdf", PDF);
        assertThat(nulInGreek.status()).as(nulInGreek.toString()).isEqualTo(400);
        assertThat(nulInGreek.json().get("title").asText()).isEqualTo("Μη έγκυρο αίτημα");
        assertThat(facilitatorSession.get(documents).json()).as("nothing stored").isEmpty();

        HttpSession browser = browserOf(ana);
        String task = "/my/tasks/" + onlyTask(browser);
        String token = csrf(browser.get(task));
        HttpSession.Response pageCut = browser.postRaw(task, "multipart/form-data; boundary=" + boundary, truncated);
        HttpSession.Response pageNul = browser.postMultipart(task, new HttpSession.Multipart().field("_csrf", token)
                .field("priorities", "Eficiență energetică").field("intendsToSign", "yes").field("action", "save")
                .file("supportingDocuments", "raport\u0000.pdf", "application/pdf", PDF));
        assertThat(List.of(pageCut, pageNul)).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
        });
        assertThat(browser.get("/api/tasks").json()).as("the task is still open").hasSize(1);
        assertThat(facilitatorSession.get(documents).json()).as("nothing stored").isEmpty();
    }

    private RoundDefinition definition(String consultation, String reminder, String signature) {
        Instant now = Instant.now();
        return new RoundDefinition("Pact " + suffix, null, null, "ro", List.of("ro"), consultation, reminder,
                now.plus(Duration.ofDays(28)).toString(), signature, "ALL", null, List.of(TestRounds.stakeholder(
                        "Eco SRL", "Dan", "dan" + suffix + "@eco.example", "SME", "ro", TestRounds.ALL_ROLES)));
    }

    private String launchRoundWith(String email) {
        return launchRound(TestRounds.round("Pact " + suffix,
                List.of(TestRounds.stakeholder("Consiliul Județean Ilfov", "Ana", email, "PUBLIC_AUTHORITY", "ro",
                        TestRounds.ALL_ROLES))));
    }

    private HttpSession browserOf(String email) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !mailbox.to(email).isEmpty());
        HttpSession browser = HttpSession.anonymous(baseUrl());
        assertThat(browser.open(mailbox.latestLinkTo(email)).status()).isEqualTo(303);
        return browser;
    }

    private static String onlyTask(HttpSession browser) {
        JsonNode tasks = await().atMost(Duration.ofSeconds(60)).until(() -> browser.get("/api/tasks").json(),
                t -> t.size() == 1);
        return tasks.get(0).get("id").asText();
    }

    private static Map<String, String> errors(HttpSession.Response response) {
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as(response.toString()).isNotNull();
        return StreamSupport.stream(errors.spliterator(), false).collect(java.util.stream.Collectors.toMap(
                e -> e.get("field").asText(), e -> e.get("message").asText(), (a, b) -> a));
    }

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
