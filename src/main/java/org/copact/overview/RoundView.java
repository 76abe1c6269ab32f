package org.copact.overview;

import org.copact.round.Round;
import org.copact.round.RoundStatus;
import org.copact.round.SigningPolicy;
import org.copact.round.SigningRule;
import org.copact.round.Stage;
import org.copact.round.Targets;
import org.copact.tasks.RoundTasks;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.copact.common.Language;
import org.copact.consultation.ConsultationStatus;
import org.copact.stakeholder.ParticipationRole;
import org.copact.stakeholder.StakeholderCategory;

/** A round as its facilitator sees it: where it stands, who is in it, figures against targets. */
public record RoundView(
        UUID id,
        String title,
        String topic,
        String regionId,
        RoundStatus status,
        Stage stage,
        Language defaultLanguage,
        Set<Language> languages,
        Instant consultationDeadline,
        Instant reminderAt,
        Instant reviewDeadline,
        Instant signatureDeadline,
        SigningRule signingRule,
        boolean commentsVisibleToAll,
        SigningPolicy signing,
        Instant createdAt,
        Instant launchedAt,
        Instant signedAt,
        String cancelReason,
        Figures figures,
        Targets targets,
        PactSummary pact,
        List<StakeholderView> stakeholders,
        List<RoundTasks.OpenTask> openTasks,
        List<String> warnings) {

    public record StakeholderView(UUID participationId, String organisation, String contactName, String email,
            StakeholderCategory category, Language language, Set<ParticipationRole> roles,
            ConsultationStatus consultationStatus, boolean emailFailing, Instant emailFailingSince,
            String emailFailure, boolean reviewMissed, StageStatus review, StageStatus signature) {
    }

    /** Counts of the round; review and signature counts are of the current pact version. */
    public record Figures(int stakeholders, int participants, int invited, int answered, int noAnswer,
            int reviewers, int approved, int changesRequested, int signatories, int signed, int declined) {
    }

    public record PactSummary(int versions, Integer currentVersion, String currentSha256) {
    }

    /** A round in a list of rounds. */
    public record Summary(UUID id, String title, String regionId, RoundStatus status, Stage stage,
            Instant consultationDeadline, Instant createdAt) {

        public static Summary of(Round round) {
            return new Summary(round.id(), round.title(), round.regionId(), round.status(),
                    round.stage(), round.consultationDeadline(), round.createdAt());
        }
    }
}
