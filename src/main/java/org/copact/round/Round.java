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
        String cancelReason) {

    public Round {
        languages = Set.copyOf(languages);
    }

    /** whether its process was started (it may have ended since) */
    public boolean launched() {
        return launchedAt != null;
    }
}
