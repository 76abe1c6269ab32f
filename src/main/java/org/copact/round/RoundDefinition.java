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
        Boolean commentsVisibleToAll,
        Integer signingQuorum,
        List<SigningGroupInput> signingGroups,
        String signatureReminderBefore) {

    /** A definition with the default settings: comments visible to their authors only, the signing rule ALL (or one without numbers), the default signature reminder. */
    public RoundDefinition(String title, String topic, String regionId, String defaultLanguage, List<String> languages,
            String consultationDeadline, String reminderBefore, String reviewDeadline, String signatureDeadline,
            String signingRule, TargetsInput targets, List<StakeholderInput> stakeholders) {
        this(title, topic, regionId, defaultLanguage, languages, consultationDeadline, reminderBefore, reviewDeadline,
                signatureDeadline, signingRule, targets, stakeholders, null, null, null, null);
    }

    /** A definition that sets whether comments are visible to all reviewers, the rest at their defaults. */
    public RoundDefinition(String title, String topic, String regionId, String defaultLanguage, List<String> languages,
            String consultationDeadline, String reminderBefore, String reviewDeadline, String signatureDeadline,
            String signingRule, TargetsInput targets, List<StakeholderInput> stakeholders,
            Boolean commentsVisibleToAll) {
        this(title, topic, regionId, defaultLanguage, languages, consultationDeadline, reminderBefore, reviewDeadline,
                signatureDeadline, signingRule, targets, stakeholders, commentsVisibleToAll, null, null, null);
    }

    /** A definition with a signing rule's quorum or groups and its own signature reminder. */
    public RoundDefinition(String title, String topic, String regionId, String defaultLanguage, List<String> languages,
            String consultationDeadline, String reminderBefore, String reviewDeadline, String signatureDeadline,
            String signingRule, TargetsInput targets, List<StakeholderInput> stakeholders, Integer signingQuorum,
            List<SigningGroupInput> signingGroups, String signatureReminderBefore) {
        this(title, topic, regionId, defaultLanguage, languages, consultationDeadline, reminderBefore, reviewDeadline,
                signatureDeadline, signingRule, targets, stakeholders, null, signingQuorum, signingGroups,
                signatureReminderBefore);
    }

    /** The same definition with another signing rule, its quorum and groups. */
    public RoundDefinition withSigning(String rule, Integer quorum, List<SigningGroupInput> groups) {
        return new RoundDefinition(title, topic, regionId, defaultLanguage, languages, consultationDeadline,
                reminderBefore, reviewDeadline, signatureDeadline, rule, targets, stakeholders, commentsVisibleToAll,
                quorum, groups, signatureReminderBefore);
    }

    /** A group of ORDERED_GROUPS as it arrives: categories, {@code ALL} or {@code AT_LEAST}, and the number. */
    public record SigningGroupInput(List<String> categories, String rule, Integer atLeast) {
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
     * @param signatureReminderBefore how long before the signature deadline those who have not signed
     *     are reminded
     */
    public record Valid(String title, String topic, String regionId, Language defaultLanguage, Set<Language> languages,
            Instant consultationDeadline, Duration reminderBefore, Instant reviewDeadline, Instant signatureDeadline,
            SigningPolicy signing, Targets targets, List<ValidStakeholder> stakeholders, ZoneId timeZone,
            boolean commentsVisibleToAll, Duration signatureReminderBefore) {
    }

    public record ValidStakeholder(String organisation, String contactName, String email, StakeholderCategory category,
            Language language, Set<ParticipationRole> roles) {
    }
}
