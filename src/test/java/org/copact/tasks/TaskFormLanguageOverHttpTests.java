package org.copact.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.junit.jupiter.api.Test;

/**
 * A stakeholder reads the consultation form, and the mistakes in their answer, in their own
 * language; a person who asks for another of the six languages gets that one.
 */
class TaskFormLanguageOverHttpTests extends HttpTestSupport {

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String nikos = "nikos" + suffix + "@greenlab.example";
    private final String ana = "ana" + suffix + "@cj-ilfov.example";

    @Test
    void shouldAskAndAnswerEachStakeholderInTheirOwnLanguage() {
        launchRound();
        HttpSession greek = stakeholderSession(nikos);
        HttpSession romanian = stakeholderSession(ana);
        String greekTask = onlyTask(greek);
        String romanianTask = onlyTask(romanian);

        JsonNode greekForm = greek.get("/api/tasks/" + greekTask + "/form").json();
        assertThat(greekForm.get("language").asText()).isEqualTo("el");
        assertThat(greekForm.at("/form/components/1/label").asText())
                .isEqualTo("Οι προτεραιότητές σας για την πράσινη μετάβαση");
        assertThat(romanian.get("/api/tasks/" + romanianTask + "/form").json().at("/form/components/4/values/0/label")
                .asText()).isEqualTo("Da");

        HttpSession.Response greekMistake = greek.post("/api/tasks/" + greekTask + "/submission",
                Map.of("priorities", "ab"));
        assertThat(greekMistake.status()).isEqualTo(400);
        assertThat(greekMistake.json().at("/errors/0/message").asText()).isEqualTo("Γράψτε τουλάχιστον 3 χαρακτήρες.");
        assertThat(greekMistake.json().at("/errors/1/message").asText()).isEqualTo("Το πεδίο είναι υποχρεωτικό.");

        HttpSession.Response inItalian = romanian.post("/api/tasks/" + romanianTask + "/submission?lang=it",
                Map.of("priorities", "Eficiență energetică"));
        assertThat(inItalian.json().at("/errors/0/message").asText()).isEqualTo("Il campo è obbligatorio.");
        assertThat(romanian.get("/api/tasks/" + romanianTask + "/form?lang=mk").json()
                .at("/form/components/4/label").asText()).isEqualTo("Дали имате намера да го потпишете пактот?");
    }

    private void launchRound() {
        HttpSession.Response defined = facilitatorSession.post("/api/rounds", TestRounds.round("Pact " + suffix,
                List.of(TestRounds.stakeholder("Θεσσαλονίκη Green Lab", "Νίκος Παπαδόπουλος", nikos, "NGO", "el",
                                TestRounds.ALL_ROLES),
                        TestRounds.stakeholder("Consiliul Județean Ilfov", "Ana-Maria Ionescu", ana, "PUBLIC_AUTHORITY",
                                "ro", TestRounds.ALL_ROLES))));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        HttpSession.Response launched = facilitatorSession.post(
                "/api/rounds/" + defined.json().get("id").asText() + "/launch", "");
        assertThat(launched.status()).as(launched.toString()).isEqualTo(200);
    }

    private HttpSession stakeholderSession(String person) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !mailbox.to(person).isEmpty());
        HttpSession browser = HttpSession.anonymous(baseUrl());
        TaskPagesOverHttpTests.open(browser, mailbox.latestLinkTo(person));
        return browser;
    }

    private static String onlyTask(HttpSession browser) {
        JsonNode tasks = await().atMost(Duration.ofSeconds(60)).until(() -> browser.get("/api/tasks").json(),
                t -> t.size() == 1);
        return tasks.get(0).get("id").asText();
    }
}
