package org.copact.round.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.copact.common.AbstractEntity;
import org.copact.common.ConflictException;
import org.copact.common.Language;
import org.copact.round.Round;
import org.copact.round.RoundDefinition;
import org.copact.round.RoundStatus;
import org.copact.round.SigningGroup;
import org.copact.round.SigningPolicy;
import org.copact.round.SigningRule;
import org.copact.round.Stage;
import org.copact.round.Targets;

/**
 * One co-creation round as stored. It guards its own life: launched once, stages entered only
 * while it runs, signed once. Outside the round module it is seen as a {@link Round}.
 */
@Entity(name = "Round")
@Table(name = "round")
public class RoundEntity extends AbstractEntity {

    @Column(name = "region_id", nullable = false, updatable = false)
    private String regionId;

    @Column(nullable = false)
    private String title;

    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_language", nullable = false)
    private Language defaultLanguage;

    @Convert(converter = LanguageSetConverter.class)
    @Column(nullable = false)
    private Set<Language> languages = new LinkedHashSet<>();

    @Column(name = "consultation_deadline", nullable = false)
    private Instant consultationDeadline;

    @Column(name = "reminder_before_seconds", nullable = false)
    private long reminderBeforeSeconds;

    @Column(name = "review_deadline", nullable = false)
    private Instant reviewDeadline;

    @Column(name = "signature_deadline", nullable = false)
    private Instant signatureDeadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "signing_rule", nullable = false)
    private SigningRule signingRule;

    @Column(name = "signing_quorum")
    private Integer signingQuorum;

    @Convert(converter = SigningGroupsConverter.class)
    @Column(name = "signing_groups")
    private List<SigningGroup> signingGroups = new ArrayList<>();

    @Column(name = "signature_reminder_before_seconds", nullable = false)
    private long signatureReminderBeforeSeconds;

    @Embedded
    private Targets targets;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundStatus status = RoundStatus.DEFINED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage = Stage.SET_UP;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "launched_at")
    private Instant launchedAt;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "time_zone", nullable = false)
    private String timeZone = "Z";

    @Column(name = "comments_visible_to_all", nullable = false, updatable = false)
    private boolean commentsVisibleToAll;

    @Version
    private long version;

    protected RoundEntity() {
    }

    public RoundEntity(RoundDefinition.Valid definition, String createdBy, Instant createdAt) {
        this.regionId = definition.regionId();
        this.title = definition.title();
        this.topic = definition.topic();
        this.defaultLanguage = definition.defaultLanguage();
        this.languages = new LinkedHashSet<>(definition.languages());
        this.consultationDeadline = definition.consultationDeadline();
        this.reminderBeforeSeconds = definition.reminderBefore().toSeconds();
        this.reviewDeadline = definition.reviewDeadline();
        this.signatureDeadline = definition.signatureDeadline();
        this.signingRule = definition.signing().rule();
        this.signingQuorum = definition.signing().quorum();
        this.signingGroups = new ArrayList<>(definition.signing().groups());
        this.signatureReminderBeforeSeconds = definition.signatureReminderBefore().toSeconds();
        this.targets = definition.targets();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.timeZone = definition.timeZone().getId();
        this.commentsVisibleToAll = definition.commentsVisibleToAll();
    }

    /** Launched: the round's process starts, and it enters the first stage (see the package's Javadoc). */
    public void launch(Instant at) {
        if (status != RoundStatus.DEFINED) {
            throw ConflictException.coded("problem.conflict.launched");
        }
        if (!at.isBefore(consultationDeadline)) {
            throw ConflictException.coded("problem.conflict.deadlinePassed");
        }
        status = RoundStatus.RUNNING;
        launchedAt = at;
    }

    /** An edit: before the launch everything but the signing policy, after it title, topic, deadlines, targets. */
    public void revise(RoundDefinition.Valid definition) {
        if (status == RoundStatus.SIGNED || status == RoundStatus.CANCELLED) {
            throw new ConflictException("A round " + status.name().toLowerCase() + " cannot be edited.");
        }
        this.title = definition.title();
        this.topic = definition.topic();
        this.consultationDeadline = definition.consultationDeadline();
        this.reviewDeadline = definition.reviewDeadline();
        this.signatureDeadline = definition.signatureDeadline();
        this.targets = definition.targets();
        if (status == RoundStatus.DEFINED) {
            this.defaultLanguage = definition.defaultLanguage();
            this.languages = new LinkedHashSet<>(definition.languages());
            this.reminderBeforeSeconds = definition.reminderBefore().toSeconds();
            this.signingRule = definition.signing().rule();
            this.signingQuorum = definition.signing().quorum();
            this.signingGroups = new ArrayList<>(definition.signing().groups());
            this.signatureReminderBeforeSeconds = definition.signatureReminderBefore().toSeconds();
            this.commentsVisibleToAll = definition.commentsVisibleToAll();
            this.timeZone = definition.timeZone().getId();
        }
    }

    /** Cancelled, once, before its pact is in force. */
    public void cancel(Instant at, String reason) {
        if (status == RoundStatus.SIGNED || status == RoundStatus.CANCELLED) {
            throw new ConflictException("A round " + status.name().toLowerCase() + " cannot be cancelled.");
        }
        status = RoundStatus.CANCELLED;
        cancelledAt = at;
        cancelReason = reason;
    }

    /** Moves to a stage; a stage reached again (a revision) is allowed, but nothing after the pact is in force. */
    public boolean enter(Stage next) {
        if (status != RoundStatus.RUNNING) {
            throw ConflictException.coded("problem.conflict.notRunning", getId());
        }
        boolean changed = stage != next;
        stage = next;
        return changed;
    }

    public void markSigned(Instant at) {
        if (status == RoundStatus.SIGNED) {
            throw ConflictException.coded("problem.conflict.alreadySigned");
        }
        enter(Stage.IN_FORCE);
        status = RoundStatus.SIGNED;
        signedAt = at;
    }

    /** Moves the deadline of a running stage (each stage's own, checked when it starts); returns the one it had. */
    public Instant moveDeadline(Stage of, Instant to) {
        if (status != RoundStatus.RUNNING) {
            throw new ConflictException("Round " + getId() + " is not running.");
        }
        Instant from = snapshot().deadlineOf(of);
        switch (of) {
            case CONSULTATION -> consultationDeadline = to;
            case REVIEW -> reviewDeadline = to;
            case SIGNATURE -> signatureDeadline = to;
            default -> throw new IllegalArgumentException("Stage " + of + " has no deadline");
        }
        return from;
    }

    /**
     * When to remind those who have not answered: {@code reminderBefore} ahead of the deadline, but
     * never earlier than half-way between the launch and the deadline.
     */
    public Instant reminderAt() {
        Instant wanted = consultationDeadline.minus(getReminderBefore());
        if (launchedAt == null) {
            return wanted;
        }
        Instant halfway = launchedAt.plus(Duration.between(launchedAt, consultationDeadline).dividedBy(2));
        return wanted.isBefore(halfway) ? halfway : wanted;
    }

    /** What the round is now, immutable: the only form in which it leaves the round module. */
    public Round snapshot() {
        return new Round(getId(), regionId, title, topic, defaultLanguage, getLanguages(), consultationDeadline,
                getReminderBefore(), reminderAt(), reviewDeadline, signatureDeadline, signingRule, getTargets(),
                status, stage, createdBy, createdAt, launchedAt, signedAt, ZoneId.of(timeZone),
                commentsVisibleToAll, getSigningPolicy(), Duration.ofSeconds(signatureReminderBeforeSeconds),
                cancelReason);
    }

    public String getRegionId() {
        return regionId;
    }

    public String getTitle() {
        return title;
    }

    public Language getDefaultLanguage() {
        return defaultLanguage;
    }

    public Set<Language> getLanguages() {
        return Set.copyOf(languages);
    }

    public Instant getConsultationDeadline() {
        return consultationDeadline;
    }

    public Duration getReminderBefore() {
        return Duration.ofSeconds(reminderBeforeSeconds);
    }

    public Instant getReviewDeadline() {
        return reviewDeadline;
    }

    public SigningPolicy getSigningPolicy() {
        return new SigningPolicy(signingRule, signingQuorum, signingGroups == null ? List.of() : signingGroups);
    }

    public Targets getTargets() {
        return targets == null ? Targets.none() : targets;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public Stage getStage() {
        return stage;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }

}
