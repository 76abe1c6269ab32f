package org.copact.overview;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.identity.StaffRole;
import org.copact.pact.PactCanonicalForm;
import org.junit.jupiter.api.Test;

/**
 * A facilitator writes the pact as a structured document through the draft API and the drafting
 * page: commitments started from what stakeholders said, every field error at once in the
 * person's language with nothing kept, a save that would overwrite another refused, and the
 * drafting task publishing the draft as a version whose SHA-256 is that of its canonical form.
 */
class PactDraftOverHttpTests extends HttpTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String ana = "ana" + suffix + "@cj-ilfov.example";
    private final String luca = "luca" + suffix + "@eco.example";

    @Test
    void shouldDraftAStructuredPactThroughTheApiAndPublishIt() throws Exception {
        String roundId = launchedRoundWithAnswers();
        String draftPath = "/api/rounds/" + roundId + "/pact/draft";

        JsonNode fresh = facilitatorSession.get(draftPath).json();
        assertThat(fresh.get("saved").asBoolean()).isFalse();
        assertThat(fresh.at("/document/title").asText()).isEqualTo("Patto Verde " + suffix);
        assertThat(fresh.get("revision").asLong()).isZero();

        HttpSession.Response started = facilitatorSession.post(draftPath + "/commitments-from-answers", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        JsonNode prefilled = started.json();
        assertThat(prefilled.at("/document/authorityCommitments/0/description").asText())
                .isEqualTo("Iluminat public LED în toate comunele.");
        assertThat(prefilled.at("/document/sheets/0/organisation").asText()).isEqualTo("Eco Servizi S.r.l.");
        assertThat(prefilled.at("/document/sheets/0/commitments/0/description").asText())
                .isEqualTo("Ridurre del 20% i consumi del capannone.");
        String ecoId = prefilled.at("/document/sheets/0/participationId").asText();
        String revision = prefilled.get("revision").asText();

        // everything wrong at once, in Italian, and nothing kept
        Map<String, Object> wrong = draft(ecoId, "dodici", "1850", "31/12/2030", "SOLARE");
        wrong.put("clauses", List.of(Map.of("text", "Testo con \u0000 dentro")));
        wrong.put("sheets", List.of(((List<?>) wrong.get("sheets")).get(0),
                Map.of("participationId", UUID.randomUUID().toString())));
        HttpSession.Response refused = facilitatorSession.send("PUT", draftPath, wrong, "If-Match", revision,
                "Accept-Language", "it");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        Map<String, String> errors = errors(refused.json());
        assertThat(errors).containsOnlyKeys("clauses[0].text", "sheets[0].commitments[0].theme",
                "sheets[0].commitments[0].baselineValue", "sheets[0].commitments[0].baselineYear",
                "sheets[0].commitments[0].targetDate", "sheets[1].participationId");
        assertThat(errors.get("sheets[0].commitments[0].baselineValue")).isEqualTo("Scrivete un numero, per esempio 12,5.");
        assertThat(errors.get("sheets[0].commitments[0].baselineYear")).isEqualTo("Scrivete un anno tra il 1900 e il 2100.");
        assertThat(errors.get("clauses[0].text")).contains("NUL");
        assertThat(facilitatorSession.get(draftPath).json().get("revision").asText()).isEqualTo(revision);

        // a complete draft, an Italian decimal comma accepted
        Map<String, Object> kept = draft(ecoId, "120,5", "2024", "2030-12-31", "ENERGY");
        kept.put("authorityCommitments", List.of(Map.of("id",
                prefilled.at("/document/authorityCommitments/0/id").asText(), "description",
                "Iluminat public LED în toate comunele.")));
        HttpSession.Response saved = facilitatorSession.send("PUT", draftPath, kept, "If-Match",
                "\"" + revision + "\"");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        JsonNode document = saved.json().get("document");
        assertThat(document.at("/sheets/0/commitments/0/baselineValue").decimalValue()).isEqualByComparingTo("120.5");
        assertThat(document.at("/clauses/0/id").asText()).matches("c-[0-9a-f]{8}");
        HttpSession.Response stale = facilitatorSession.send("PUT", draftPath, draft(ecoId, "1", "2024",
                "2030-12-31", "ENERGY"), "If-Match", revision);
        assertThat(stale.status()).as("a save made on an older revision").isEqualTo(409);
        HttpSession.Response unreadable = facilitatorSession.send("PUT", draftPath, draft(ecoId, "1", "2024",
                "2030-12-31", "ENERGY"), "If-Match", "ieri", "Accept-Language", "it");
        assertThat(unreadable.status()).as("an If-Match that names no revision").isEqualTo(400);
        assertThat(errors(unreadable.json()).get("If-Match")).contains("If-Match").contains("GET");

        // publishing asks for what a version must have: the authority's stated commitment has no target yet
        String task = waitForTask(facilitatorSession, "Task_DraftPact");
        HttpSession.Response incomplete = facilitatorSession.send("POST", "/api/tasks/" + task + "/submission",
                Map.of("changeSummary", "Prima versione"), "Accept-Language", "it");
        assertThat(incomplete.status()).as(incomplete.toString()).isEqualTo(400);
        assertThat(errors(incomplete.json())).containsEntry("authorityCommitments[0].targetValue",
                "Compilate questo campo prima di pubblicare.");

        Map<String, Object> complete = draft(ecoId, "120.5", "2024", "2030-12-31", "ENERGY");
        complete.put("clauses", List.of(Map.of("id", document.at("/clauses/0/id").asText(), "heading", "Oggetto",
                "text", "Il presente patto stabilisce gli impegni.")));
        complete.put("authorityCommitments", List.of(commitment("DIGITAL", "Iluminat public LED în toate comunele.",
                null, null, "100", "2028-06-30")));
        assertThat(facilitatorSession.send("PUT", draftPath, complete).status()).isEqualTo(200);
        HttpSession.Response published = facilitatorSession.post("/api/tasks/" + task + "/submission",
                Map.of("changeSummary", "Prima versione"));
        assertThat(published.status()).as(published.toString()).isEqualTo(204);

        JsonNode afterwards = facilitatorSession.get(draftPath).json();
        assertThat(afterwards.get("saved").asBoolean()).as("the draft is gone once published").isFalse();
        assertThat(afterwards.get("basedOnNumber").asInt()).isEqualTo(1);
        JsonNode round = facilitatorSession.get("/api/rounds/" + roundId).json();
        assertThat(round.at("/pact/currentVersion").asInt()).isEqualTo(1);
        String sha = round.at("/pact/currentSha256").asText();
        assertThat(sha).isEqualTo(PactCanonicalForm.sha256(PactCanonicalForm.read(afterwards.get("document").toString())));
        assertThat(afterwards.at("/document/clauses/0/id").asText()).isEqualTo(document.at("/clauses/0/id").asText());
    }

    @Test
    void shouldWriteTheDraftOnThePageWithErrorsOnTheirFieldsInThePagesLanguage() throws Exception {
        String roundId = launchedRoundWithAnswers();
        String page = "/rounds/" + roundId + "/pact/draft";
        assertThat(facilitatorSession.get(page + "?lang=it").body()).contains("Bozza del patto")
                .contains("Aggiungi una clausola");

        HttpSession.Response added = facilitatorSession.postForm(page, "revision=0&title=Patto&action=add%3Aclauses");
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body()).contains("name=\"clauses[0].text\"").contains("Non ancora salvata");

        HttpSession.Response withSheet = facilitatorSession.postForm(page, "revision=0&title=Patto"
                + "&clauses%5B0%5D.text=" + URLEncoder.encode("Le parti riducono i consumi.", UTF_8)
                + "&newSheet=" + ecoParticipation(roundId) + "&action=add%3Asheets");
        assertThat(withSheet.body()).contains("Eco Servizi S.r.l.").contains("name=\"sheets[0].commitments[0].theme\"");

        String form = "revision=0&title=Patto&clauses%5B0%5D.text=" + URLEncoder.encode("Le parti riducono i consumi.", UTF_8)
                + "&sheets%5B0%5D.participationId=" + ecoParticipation(roundId)
                + "&sheets%5B0%5D.commitments%5B0%5D.theme=WATER"
                + "&sheets%5B0%5D.commitments%5B0%5D.description=" + URLEncoder.encode("Riuso dell'acqua piovana", UTF_8)
                + "&sheets%5B0%5D.commitments%5B0%5D.baselineYear=";
        HttpSession.Response wrong = facilitatorSession.postForm(page, form + "20x4&action=save");
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("Scrivete un anno tra il 1900 e il 2100.")
                .contains("id=\"sheets-0-commitments-0-baselineYear-error\"")
                .containsPattern("id=\"sheets-0-commitments-0-baselineYear\"[^>]*aria-invalid=\"true\"")
                .contains("Riuso dell").contains("acqua piovana");
        assertThat(facilitatorSession.get("/api/rounds/" + roundId + "/pact/draft").json().get("saved").asBoolean())
                .isFalse();

        HttpSession.Response saved = facilitatorSession.postForm(page, form + "2024&action=save");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith(page + "?saved");
        assertThat(facilitatorSession.get(page + "?saved").body()).contains("La bozza è salvata.")
                .contains("Le parti riducono i consumi.").contains("value=\"2024\"");
        JsonNode draft = facilitatorSession.get("/api/rounds/" + roundId + "/pact/draft").json();
        assertThat(draft.at("/document/sheets/0/commitments/0/theme").asText()).isEqualTo("WATER");
        assertThat(draft.get("updatedBy").asText()).isEqualTo(facilitator.username());
    }

    @Test
    void shouldLetOnlyTheRoundsFacilitatorsChangeTheDraft() {
        String roundId = launchedRoundWithAnswers();
        String admin = "admin-" + suffix;
        accounts.ensureUser(admin, admin, "Administrator", StaffRole.ADMIN, null, null);
        HttpSession administrator = HttpSession.loggedIn(baseUrl(), admin, admin);
        assertThat(administrator.get("/api/rounds/" + roundId + "/pact/draft").status()).isEqualTo(200);
        assertThat(administrator.send("PUT", "/api/rounds/" + roundId + "/pact/draft", Map.of("title", "X")).status())
                .isEqualTo(403);

        String otherRegion = TestRounds.newRegionWithFacilitator(accounts).username();
        HttpSession other = HttpSession.loggedIn(baseUrl(), otherRegion, otherRegion);
        assertThat(other.send("PUT", "/api/rounds/" + roundId + "/pact/draft", Map.of("title", "X")).status())
                .isIn(403, 404);
        HttpSession lucaBrowser = HttpSession.anonymous(baseUrl());
        assertThat(lucaBrowser.open(mailbox.latestLinkTo(luca)).status()).isEqualTo(303);
        assertThat(lucaBrowser.send("PUT", "/api/rounds/" + roundId + "/pact/draft", Map.of("title", "X")).status())
                .isIn(401, 403);
        assertThat(facilitatorSession.get("/api/rounds/" + roundId + "/pact/draft").json().get("saved").asBoolean())
                .isFalse();
    }

    private String launchedRoundWithAnswers() {
        String roundId = launchRound(TestRounds.round("Patto Verde " + suffix,
                List.of(TestRounds.stakeholder("Consiliul Județean Ilfov", "Ana-Maria Ionescu", ana,
                                "PUBLIC_AUTHORITY", "ro", TestRounds.ALL_ROLES),
                        TestRounds.stakeholder("Eco Servizi S.r.l.", "Luca Bianchi", luca, "SME", "it",
                                TestRounds.ALL_ROLES))));
        answer(ana, "Iluminat public LED în toate comunele.");
        answer(luca, "Ridurre del 20% i consumi del capannone.");
        return roundId;
    }

    private void answer(String address, String commitments) {
        await().atMost(PATIENCE).until(() -> !mailbox.to(address).isEmpty());
        HttpSession browser = HttpSession.anonymous(baseUrl());
        assertThat(browser.open(mailbox.latestLinkTo(address)).status()).isEqualTo(303);
        String task = waitForTask(browser, "Task_AnswerConsultation");
        HttpSession.Response done = browser.post("/api/tasks/" + task + "/submission",
                Map.of("priorities", "Energia", "possibleCommitments", commitments, "intendsToSign", "yes"));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    private String ecoParticipation(String roundId) {
        JsonNode round = facilitatorSession.get("/api/rounds/" + roundId).json();
        return StreamSupport.stream(round.get("stakeholders").spliterator(), false)
                .filter(p -> p.get("organisation").asText().equals("Eco Servizi S.r.l.")).findFirst().orElseThrow()
                .get("participationId").asText();
    }

    private static Map<String, Object> draft(String ecoId, String baseline, String year, String targetDate, String theme) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", "Patto Verde Torino");
        draft.put("preamble", "Le parti si impegnano per la transizione verde.");
        draft.put("objectives", List.of("Neutralità climatica entro il 2050"));
        draft.put("clauses", List.of(Map.of("heading", "Oggetto", "text", "Il presente patto stabilisce gli impegni.")));
        draft.put("authorityCommitments", new ArrayList<>());
        draft.put("sheets", List.of(Map.of("participationId", ecoId, "commitments",
                List.of(commitment(theme, "Ridurre del 20% i consumi del capannone.", baseline, year, "96", targetDate)))));
        return draft;
    }

    private static Map<String, Object> commitment(String theme, String description, String baseline, String year,
            String target, String targetDate) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("theme", theme);
        c.put("description", description);
        c.put("indicator", "Consumo annuo");
        c.put("unit", "MWh");
        c.put("baselineValue", baseline);
        c.put("baselineYear", year);
        c.put("targetValue", target);
        c.put("targetDate", targetDate);
        c.put("milestones", List.of());
        return c;
    }

    private static Map<String, String> errors(JsonNode problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.get("errors").forEach(e -> errors.put(e.get("field").asText(), e.get("message").asText()));
        return errors;
    }

    private static String waitForTask(HttpSession browser, String taskKey) {
        return await().atMost(PATIENCE).until(() -> StreamSupport.stream(browser.get("/api/tasks").json().spliterator(),
                        false).filter(t -> t.get("taskKey").asText().equals(taskKey)).map(t -> t.get("id").asText())
                .findFirst().orElse(null), id -> id != null);
    }
}
