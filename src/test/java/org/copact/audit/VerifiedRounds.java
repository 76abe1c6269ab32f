package org.copact.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.copact.HttpSession;
import org.copact.TestRounds;
import org.copact.pact.PactService;

/** Rounds for the tamper tests: launched over HTTP, their record settled and verified before anyone tampers. */
final class VerifiedRounds {

    private final PactService pacts;

    VerifiedRounds(PactService pacts) {
        this.pacts = pacts;
    }

    /**
     * A round defined and launched by its facilitator, once its invitation is sent (the mail step runs
     * on the job executor and appends its own entry) and its record verifies.
     */
    UUID launched(HttpSession facilitator) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        HttpSession.Response defined = facilitator.post("/api/rounds", TestRounds.round("Tamper", List.of(
                TestRounds.stakeholder("Primăria", "Ana", "ana" + suffix + "@tamper.example", "PUBLIC_AUTHORITY", "ro",
                        TestRounds.ALL_ROLES))));
        UUID round = UUID.fromString(defined.json().get("id").asText());
        assertThat(facilitator.post("/api/rounds/" + round + "/launch", "").status()).isEqualTo(200);
        AtomicInteger seen = new AtomicInteger(-1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(700)).until(() -> {
            JsonNode history = facilitator.get("/api/rounds/" + round + "/history").json();
            boolean invited = history.findValuesAsText("type").contains("MailSent");
            int entries = verification(facilitator, round).get("entries").asInt();
            return invited && entries == seen.getAndSet(entries);
        });
        JsonNode verification = verification(facilitator, round);
        assertThat(verification.get("valid").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.get("checkpoints").asInt()).isEqualTo(verification.get("entries").asInt());
        return round;
    }

    /** Publishes version 1 of the round's pact, as the drafting step does. */
    UUID publishedVersion(UUID round, String text) {
        return pacts.publish(round, text, "first draft", "facilitator").id();
    }

    JsonNode verification(HttpSession session, UUID round) {
        HttpSession.Response response = session.get("/api/rounds/" + round + "/history/verification");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
