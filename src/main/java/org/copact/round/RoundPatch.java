package org.copact.round;

import java.util.List;

/**
 * An edit of a round's definition, as it arrives: a value left out (null) stays as it is; a topic
 * given empty is cleared. Before the launch everything can change, after it the title, the topic, the
 * deadlines (the consultation's only while it is open) and the targets.
 */
public record RoundPatch(
        String title,
        String topic,
        String defaultLanguage,
        List<String> languages,
        String consultationDeadline,
        String reminderBefore,
        String reviewDeadline,
        String signatureDeadline,
        String signingRule,
        RoundDefinition.TargetsInput targets) {

    /** A contact's fixed name or address; either may be left out. */
    public record ContactFix(String contactName, String email) {
    }

    /** Why a round is cancelled. */
    public record Cancellation(String reason) {
    }
}
