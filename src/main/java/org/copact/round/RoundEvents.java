package org.copact.round;

import java.time.Instant;
import java.util.UUID;

/** What happens to a round, as past-tense records published inside the transaction that caused it. */
public final class RoundEvents {

    private RoundEvents() {
    }

    public record RoundDefined(UUID roundId, String regionId, String title, int stakeholders, String by, Instant at) {
    }

    public record RoundLaunched(UUID roundId, String regionId, Instant consultationDeadline, Instant reminderAt,
            String by, Instant at) {
    }

    public record StageEntered(UUID roundId, Stage stage, Instant at) {
    }

    public record PactInForce(UUID roundId, Instant at) {
    }

    /**
     * A facilitator pressed "remind now"; {@code taken} is false when no consultation was waiting for
     * it (nobody was reminded).
     */
    public record RemindNowPressed(UUID roundId, String by, boolean taken, Instant at) {
    }

    /** The consultation is over (its deadline passed, or everyone answered): the pact can be drafted. */
    public record ConsultationClosed(UUID roundId, Instant at) {
    }

    public record LinksRevoked(UUID roundId, UUID participationId, int links, String by, Instant at) {
    }

    /**
     * A running stage's deadline moved (a facilitator extended it, or a review that started after its
     * deadline got a new one); extensionId names this move, so each is told once.
     */
    public record DeadlineExtended(UUID roundId, Stage stage, Instant from, Instant to, String reason, String by,
            Instant at, UUID extensionId) {
    }

    /** A facilitator closed a running stage before its deadline, as if the deadline had passed. */
    public record StageClosedEarly(UUID roundId, Stage stage, Instant deadline, String by, Instant at) {
    }
}
