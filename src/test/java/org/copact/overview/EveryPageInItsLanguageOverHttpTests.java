package org.copact.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.common.Language;
import org.junit.jupiter.api.Test;

/**
 * Every staff page and every stakeholder page of a round driven from launch to a pact in force, and
 * the API's answers to wrong submissions of the task steps, in each of the six languages: no text
 * of the English bundle where the page's language has its own, no key left unresolved. The
 * pages listed are those of the page controllers (RoundPages, TimelinePage, TaskPages, PactPage,
 * MyDocumentsPage, LoginPage, InvalidLinkPage, PublicVerificationController).
 */
class EveryPageInItsLanguageOverHttpTests extends HttpTestSupport {

    static final Duration PATIENCE = Duration.ofSeconds(90);
    static final List<Language> OTHERS = List.of(Language.RO, Language.IT, Language.EL, Language.BG, Language.MK);

    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    final String ana = "ana" + suffix + "@cj-ilfov.example";
    final String ioana = "ioana" + suffix + "@eco.example";
    final Map<String, HttpSession> stakeholders = new LinkedHashMap<>();
    final List<String> leaks = new ArrayList<>();
    String roundId;

    @Test
    void shouldShowEveryPageAndStepErrorOfARoundInEachLanguage() {
        HttpSession.Response defined = facilitatorSession.post("/api/rounds", TestRounds.round("Zona " + suffix,
                List.of(TestRounds.stakeholder("Consiliul Județean Ilfov", "Ana Ionescu", ana, "PUBLIC_AUTHORITY",
                                "ro", TestRounds.ALL_ROLES),
                        TestRounds.stakeholder("Eco Construcții SRL", "Ioana Popescu", ioana, "SME", "ro",
                                TestRounds.ALL_ROLES))));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        roundId = defined.json().get("id").asText();
        staffPages();
        assertThat(facilitatorSession.post("/api/rounds/" + roundId + "/launch", "").status()).isEqualTo(200);
        for (String person : List.of(ana, ioana)) {
            await().atMost(PATIENCE).until(() -> !mailbox.to(person).isEmpty());
            HttpSession browser = HttpSession.anonymous(baseUrl());
            assertThat(browser.open(mailbox.latestLinkTo(person)).status()).isEqualTo(303);
            stakeholders.put(person, browser);
        }

        // consultation
        String answer = waitForTask(stakeholders.get(ana), "Task_AnswerConsultation");
        stakeholderPages(ana, "/my/tasks", "/my/tasks/" + answer, "/my/pact", "/my/documents");
        apiRefusals(stakeholders.get(ana), answer, Map.of(), null);
        staffPages();
        for (String person : List.of(ana, ioana)) {
            submit(stakeholders.get(person), "Task_AnswerConsultation",
                    Map.of("priorities", "Eficiență energetică", "intendsToSign", "yes"));
        }

        // drafting
        String draft = waitForTask(facilitatorSession, "Task_DraftPact");
        pages(facilitatorSession, "/rounds/tasks", "/my/tasks/" + draft, "/rounds/" + roundId + "/drafting",
                "/rounds/" + roundId + "/pact/draft", "/rounds/" + roundId + "/edit",
                "/rounds/" + roundId + "/notifications");
        apiRefusals(facilitatorSession, draft, Map.of(), null);
        submit(facilitatorSession, "Task_DraftPact", Map.of("pactText", "Pactul, versiunea 1."));

        // review: asking for changes without saying which is refused, on the page and in the API
        String review = waitForTask(stakeholders.get(ana), "Task_ReviewDraft");
        stakeholderPages(ana, "/my/tasks/" + review, "/my/pact");
        apiRefusals(stakeholders.get(ana), review, Map.of("decision", "REQUEST_CHANGES"), "pact.comment.error.changes");
        for (Language language : Language.values()) {
            stakeholders.get(ana).get("/my/tasks?lang=" + language.code());
            HttpSession.Response refused = stakeholders.get(ana).postForm("/my/tasks/" + review,
                    "decision=REQUEST_CHANGES");
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body()).as("the step's error on the page in " + language)
                    .contains(bundle(language).getProperty("pact.comment.error.changes"));
            check(language, "the refused review page", refused.body());
        }
        for (String person : List.of(ana, ioana)) {
            submit(stakeholders.get(person), "Task_ReviewDraft", Map.of("decision", "APPROVE"));
        }
        String decision = waitForTask(facilitatorSession, "Task_DecideOnReview");
        pages(facilitatorSession, "/my/tasks/" + decision, "/rounds/" + roundId + "/pact/versions/1/comments");
        submit(facilitatorSession, "Task_DecideOnReview", Map.of("outcome", "FINALISE"));

        // signature: a decline without its reason, and a wrong hash, are refused in the person's language
        String sign = waitForTask(stakeholders.get(ana), "Task_SignPact");
        String sha256 = stakeholders.get(ana).get("/api/tasks/" + sign + "/form").json()
                .at("/context/pactVersion/sha256").asText();
        stakeholderPages(ana, "/my/tasks/" + sign);
        // signing asks for a one-time code first: without one, the refusal says so in the person's language
        apiRefusals(stakeholders.get(ana), sign, Map.of("sha256", sha256, "decision", "DECLINE"), null);
        apiRefusals(stakeholders.get(ana), sign, Map.of("sha256", "0".repeat(64), "decision", "SIGN"), null);
        for (String person : List.of(ana, ioana)) {
            HttpSession.Response signed = submitWithSigningCode(stakeholders.get(person),
                    waitForTask(stakeholders.get(person), "Task_SignPact"), person,
                    Map.of("sha256", sha256, "decision", "SIGN"));
            assertThat(signed.status()).as(signed.toString()).isEqualTo(204);
        }
        await().atMost(PATIENCE).until(() -> facilitatorSession.get("/api/rounds/" + roundId).json().get("stage")
                .asText().equals("IN_FORCE"));
        stakeholderPages(ana, "/my/tasks", "/my/pact", "/my/documents", "/my/tasks/" + sign + "/done");
        staffPages();
        for (Language language : OTHERS) {
            HttpSession anonymous = HttpSession.anonymous(baseUrl());
            for (String path : List.of("/login", "/verify", "/s/invalid")) {
                check(language, path, anonymous.get(path + "?lang=" + language.code()).body());
            }
            HttpSession.Response link = anonymous.get("/s/" + "x".repeat(43) + "?lang=" + language.code());
            // a problem document: what a person reads of it is its title and detail, not its JSON
            check(language, "an invalid link's problem", link.json().get("title").asText(), true);
            check(language, "an invalid link's problem", link.json().get("detail").asText(), true);
        }
        assertThat(leaks).as("texts of another language, or keys, on the pages and in the API").isEmpty();
    }

    private void staffPages() {
        // the staff's own task list once made every later staff page English: the pages after it keep the language
        pages(facilitatorSession, "/rounds", "/rounds/new", "/rounds/" + roundId, "/rounds/" + roundId + "/timeline",
                "/rounds/tasks", "/rounds/" + roundId, "/verify");
        HttpSession nextVisit = HttpSession.loggedIn(baseUrl(), facilitator.username(), facilitator.username());
        assertThat(nextVisit.get("/rounds/" + roundId).body()).as("the profile keeps the language for the next visit")
                .contains("lang=\"" + OTHERS.get(OTHERS.size() - 1).code() + "\"");
        for (Language language : OTHERS) {
            facilitatorSession.get("/rounds?lang=" + language.code());
            JsonNode round = facilitatorSession.get("/api/rounds/" + roundId + "?lang=" + language.code()).json();
            round.get("warnings").forEach(w -> check(language, "a warning of the round", w.asText(), true));
        }
    }

    private void stakeholderPages(String person, String... paths) {
        pages(stakeholders.get(person), paths);
    }

    /** each page in each language, the language chosen once with the switch and kept from page to page */
    private void pages(HttpSession browser, String... paths) {
        for (Language language : OTHERS) {
            HttpSession.Response first = browser.get(paths[0] + "?lang=" + language.code());
            assertThat(first.status()).as(paths[0] + " " + first).isIn(200, 422);
            check(language, paths[0], first.body());
            for (String path : paths) {
                HttpSession.Response page = browser.get(path);
                assertThat(page.status()).as(path + " " + page).isEqualTo(200);
                assertThat(page.body()).as(path + " stays in " + language)
                        .contains("lang=\"" + language.code() + "\"");
                check(language, path, page.body());
            }
        }
    }

    /** a submission the step refuses: a problem whose title, detail and field errors speak the language asked for */
    private void apiRefusals(HttpSession browser, String taskId, Map<String, Object> values, String expectedKey) {
        for (Language language : Language.values()) {
            HttpSession.Response refused = browser.post("/api/tasks/" + taskId + "/submission?lang="
                    + language.code(), values);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            JsonNode problem = refused.json();
            List<String> messages = StreamSupport.stream(problem.get("errors").spliterator(), false)
                    .map(e -> e.get("message").asText()).toList();
            if (expectedKey != null) {
                assertThat(messages).as("the step's error in " + language)
                        .contains(bundle(language).getProperty(expectedKey));
            }
            if (language != Language.EN) {
                check(language, "problem title", problem.get("title").asText(), true);
                check(language, "problem detail", problem.get("detail").asText(), true);
                messages.forEach(m -> check(language, "field error", m, true));
            }
        }
    }

    private void check(Language language, String where, String html) {
        if (language != Language.EN) {
            new EnglishLeaks(language).in(html).forEach(leak -> leaks.add(language + " " + where + ": " + leak));
            words(language).in(html).forEach(leak -> leaks.add(language + " " + where + ": " + leak));
        }
    }

    private void check(Language language, String where, String text, boolean plain) {
        new EnglishLeaks(language).inText(text).forEach(leak -> leaks.add(language + " " + where + ": " + leak));
        words(language).inText(text).forEach(leak -> leaks.add(language + " " + where + ": " + leak));
    }

    /** English words no bundle holds: the data this test created is no leak */
    private EnglishWords words(Language language) {
        String region = facilitator.regionId();
        return new EnglishWords(language, List.of("Zona " + suffix, "Consiliul Județean Ilfov", "Ana Ionescu",
                "Eco Construcții SRL", "Ioana Popescu", "Eficiență energetică", "Pactul, versiunea 1.",
                facilitator.username(), "Facilitator " + region, "Test region " + region, region));
    }

    private void submit(HttpSession browser, String taskKey, Map<String, Object> values) {
        String task = waitForTask(browser, taskKey);
        HttpSession.Response done = browser.post("/api/tasks/" + task + "/submission", values);
        assertThat(done.status()).as(taskKey + ": " + done).isEqualTo(204);
    }

    private String waitForTask(HttpSession browser, String taskKey) {
        return await().atMost(PATIENCE).until(() -> StreamSupport.stream(browser.get("/api/tasks").json()
                .spliterator(), false).filter(t -> t.get("taskKey").asText().equals(taskKey))
                .map(t -> t.get("id").asText()).findFirst().orElse(null), id -> id != null);
    }

    private static Properties bundle(Language language) {
        return EnglishLeaks.load(language == Language.EN ? "messages.properties"
                : "messages_" + language.code() + ".properties");
    }
}
