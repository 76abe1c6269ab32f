package org.copact.round;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.copact.common.Language;

/**
 * A round as it stands, read by the other modules: its definition, where it is (status and stage)
 * and when it was defined, launched and signed. A copy: changing a round goes through
 * {@link RoundService}.
 *
 * @param reminderAt when those who have not answered are reminded: {@code reminderBefore} ahead of the
 *        consultation deadline, never earlier than half-way between the launch and the deadline
 * @param timeZone where its deadlines are shown to the people it mails ({@link RoundTimes})
 * @param commentsVisibleToAll whether every reviewer reads all reviewers' comments and the answers to
 *        them; else each reads their own
 * @param signingPolicy the signing rule with its quorum or groups
 * @param signatureReminderBefore how long before the signature deadline those who have not signed are reminded
 * @param cancelReason why its facilitator cancelled it; null for a round not cancelled
 */
public record Round(
        UUID id,
        String regionId,
        String title,
        String topic,
        Language defaultLanguage,
        Set<Language> languages,
        Instant consultationDeadline,
        Duration reminderBefore,
        Instant reminderAt,
        Instant reviewDeadline,
        Instant signatureDeadline,
        SigningRule signingRule,
        Targets targets,
        RoundStatus status,
        Stage stage,
        String createdBy,
        Instant createdAt,
        Instant launchedAt,
        Instant signedAt,
        ZoneId timeZone,
        boolean commentsVisibleToAll,
        SigningPolicy signingPolicy,
        Duration signatureReminderBefore,
        String cancelReason) {

    public Round {
        languages = Set.copyOf(languages);
    }

    /** The deadline of a stage that has one (consultation, review, signature), else null. */
    public Instant deadlineOf(Stage stage) {
        return switch (stage) {
            case CONSULTATION -> consultationDeadline;
            case REVIEW -> reviewDeadline;
            case SIGNATURE -> signatureDeadline;
            default -> null;
        };
    }

    /** whether its process was started (it may have ended since) */
    public boolean launched() {
        return launchedAt != null;
    }
}
