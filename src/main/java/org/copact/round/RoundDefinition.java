package org.copact.round;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.copact.common.Language;
import org.copact.stakeholder.ParticipationRole;
import org.copact.stakeholder.StakeholderCategory;

/**
 * A round as a facilitator defines it, exactly as it arrives: every value is text until
 * {@link RoundDefinitionValidator} has checked it, so that one wrong value becomes a field error
 * among all the others rather than an unreadable body.
 */
public record RoundDefinition(
        String title,
        String topic,
        String regionId,
        String defaultLanguage,
        List<String> languages,
        String consultationDeadline,
        String reminderBefore,
        String reviewDeadline,
        String signatureDeadline,
        String signingRule,
        TargetsInput targets,
        List<StakeholderInput> stakeholders,
        Boolean commentsVisibleToAll) {

    /** A definition that leaves the round's settings at their defaults (comments visible to their authors only). */
    public RoundDefinition(String title, String topic, String regionId, String defaultLanguage, List<String> languages,
            String consultationDeadline, String reminderBefore, String reviewDeadline, String signatureDeadline,
            String signingRule, TargetsInput targets, List<StakeholderInput> stakeholders) {
        this(title, topic, regionId, defaultLanguage, languages, consultationDeadline, reminderBefore, reviewDeadline,
                signatureDeadline, signingRule, targets, stakeholders, null);
    }

    public record TargetsInput(Integer answers, Integer signatories) {
    }

    public record StakeholderInput(String organisation, String contactName, String email, String category,
            String language, List<String> roles) {
    }

    /**
     * The same definition once {@link RoundDefinitionValidator} has checked every value.
     *
     * @param timeZone where the deadlines are shown to the people the round mails: the offset the
     *     facilitator gave with the consultation deadline
     * @param commentsVisibleToAll whether every reviewer reads all reviewers' comments and the answers to
     *     them, not only their own
     */
    public record Valid(String title, String topic, String regionId, Language defaultLanguage, Set<Language> languages,
            Instant consultationDeadline, Duration reminderBefore, Instant reviewDeadline, Instant signatureDeadline,
            SigningRule signingRule, Targets targets, List<ValidStakeholder> stakeholders, ZoneId timeZone,
            boolean commentsVisibleToAll) {
    }

    public record ValidStakeholder(String organisation, String contactName, String email, StakeholderCategory category,
            Language language, Set<ParticipationRole> roles) {
    }
}
