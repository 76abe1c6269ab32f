package org.copact.round;

import java.time.Instant;
import java.util.Map;
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

    /**
     * The definition was edited; {@code changes}: each field changed, with its value before and after
     * as text. {@code launched}: the round was running, so its process takes the new deadlines.
     */
    public record RoundRevised(UUID roundId, boolean launched, Map<String, Change> changes,
            Instant consultationDeadline, Instant reminderAt, String by, Instant at) {

        public RoundRevised {
            changes = Map.copyOf(changes);
        }
    }

    public record Change(String before, String after) {
    }

    /** A stakeholder joined the round after its definition; {@code launched}: they are asked at once. */
    public record StakeholderAdded(UUID roundId, UUID participationId, String organisation, boolean launched,
            String by, Instant at) {
    }

    /** A stakeholder was taken out of the round; their open tasks are withdrawn and, if launched, they are told. */
    public record StakeholderRemoved(UUID roundId, UUID participationId, String organisation, boolean launched,
            String by, Instant at) {
    }

    /**
     * A contact's name or address was fixed; the links sent to the old address were revoked
     * ({@code linksRevoked}) and, if launched, a new one goes to the new address.
     */
    public record ContactFixed(UUID roundId, UUID participationId, String organisation, String oldEmail,
            String newEmail, boolean emailChanged, int linksRevoked, boolean launched, String by, Instant at) {
    }

    /** The round was cancelled; {@code launched}: its process ran, and its stakeholders had been told of it. */
    public record RoundCancelled(UUID roundId, String reason, boolean launched, String by, Instant at) {
    }

    /** A facilitator pressed "remind now" for one stakeholder, whose open task {@code taskKey} awaits them. */
    public record StakeholderReminded(UUID roundId, UUID participationId, String taskKey, String pressId, String by,
            Instant at) {
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
