package org.copact.round;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.common.NotFoundException;
import org.copact.identity.Caller;
import org.copact.identity.StaffAccounts;
import org.copact.identity.StakeholderLinks;
import org.copact.round.internal.RoundEntity;
import org.copact.round.internal.RoundRepository;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Defines and launches rounds, and moves them through their stages as their process runs. */
@Service
public class RoundService {

    /** who moves a deadline that no person moved */
    public static final String SYSTEM = "copact";
    /** a review starting with less than this before its deadline gets {@link #LATE_REVIEW_TIME} */
    public static final Duration MIN_STAGE_TIME = Duration.ofDays(1);
    public static final Duration LATE_REVIEW_TIME = Duration.ofDays(7);

    private final RoundRepository rounds;
    private final Participations participations;
    private final RoundDefinitionValidator validator;
    private final StaffAccounts accounts;
    private final StakeholderLinks links;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MessageSource messages;

    RoundService(RoundRepository rounds, Participations participations, RoundDefinitionValidator validator,
            StaffAccounts accounts, StakeholderLinks links, ApplicationEventPublisher events, Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.rounds = rounds;
        this.participations = participations;
        this.validator = validator;
        this.accounts = accounts;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores a round with its stakeholders, or nothing at all. A stakeholder the region already
     * knows (by email) is reused, with the names given now.
     */
    @Transactional
    public Round define(RoundDefinition definition, Caller.Staff caller) {
        return define(definition, caller, Locale.ENGLISH);
    }

    /** As {@link #define(RoundDefinition, Caller.Staff)}, with field errors in the language of {@code locale}. */
    @Transactional
    public Round define(RoundDefinition definition, Caller.Staff caller, Locale locale) {
        List<FieldError> regionErrors = new ArrayList<>();
        String regionId = null;
        try {
            regionId = regionFor(definition.regionId(), caller, locale);
        } catch (InvalidInputException e) {
            regionErrors.addAll(e.errors());
        }
        RoundDefinition.Valid valid;
        try {
            valid = validator.validate(definition, regionId, locale);
        } catch (InvalidInputException e) {
            // every field error at once: the region's among the definition's
            regionErrors.addAll(e.errors());
            throw new InvalidInputException(regionErrors);
        }
        if (!regionErrors.isEmpty()) {
            throw new InvalidInputException(regionErrors);
        }
        Instant now = clock.instant();
        RoundEntity round = rounds.save(new RoundEntity(valid, caller.username(), now));

        int registered = participations.register(round.getId(), regionId, valid.stakeholders().stream()
                .map(s -> new Participations.Registration(s.organisation(), s.contactName(), s.email(), s.category(),
                        s.language(), s.roles()))
                .toList());
        events.publishEvent(new RoundEvents.RoundDefined(round.getId(), regionId, round.getTitle(),
                registered, caller.username(), now));
        return round.snapshot();
    }

    /**
     * Launches the round: its process starts in this transaction and enters the first stage through
     * {@link #enterStage}, so the round returned is already in it.
     */
    @Transactional
    public Round launch(UUID roundId, Caller.Staff caller) {
        RoundEntity round = visible(roundId, caller);
        Instant now = clock.instant();
        round.launch(now);
        rounds.saveAndFlush(round);
        events.publishEvent(new RoundEvents.RoundLaunched(round.getId(), round.getRegionId(),
                round.getConsultationDeadline(), round.reminderAt(), caller.username(), now));
        return round.snapshot();
    }

    /**
     * Revokes the personal links sent to one stakeholder of the round, for example when an email
     * reached the wrong person; the next mail Copact sends them carries a new link.
     */
    @Transactional
    public int revokeLinks(UUID roundId, UUID participationId, Caller.Staff caller) {
        RoundEntity round = visible(roundId, caller);
        ParticipationView participation = participations.find(participationId)
                .filter(p -> p.roundId().equals(round.getId()))
                .orElseThrow(() -> NotFoundException.coded("problem.notFound.stakeholderInRound", participationId));
        int revoked = links.revokeAll(participation.id());
        events.publishEvent(new RoundEvents.LinksRevoked(roundId, participationId, revoked, caller.username(),
                clock.instant()));
        return revoked;
    }

    /** A round the caller may see; any other is reported as missing, not as forbidden. */
    @Transactional(readOnly = true)
    public Round visibleRound(UUID roundId, Caller.Staff caller) {
        return visible(roundId, caller).snapshot();
    }

    @Transactional(readOnly = true)
    public List<Round> visibleRounds(Caller.Staff caller) {
        return (caller.isAdmin() ? rounds.findAllByOrderByCreatedAtDesc()
                : rounds.findByRegionIdInOrderByCreatedAtDesc(caller.regionIds())).stream()
                .map(RoundEntity::snapshot).toList();
    }

    @Transactional(readOnly = true)
    public Round round(UUID roundId) {
        return entity(roundId).snapshot();
    }

    /**
     * The participations in running rounds of the stakeholder known by this (normalised) email, with
     * the stakeholder, at most {@code max} of them, in two queries: who a message from that address is.
     */
    @Transactional(readOnly = true)
    public List<ParticipationView> runningParticipationsOf(String email, int max) {
        List<ParticipationView> all = participations.ofEmail(email);
        if (all.isEmpty()) {
            return all;
        }
        Set<UUID> running = rounds.findIdsByIdInAndStatus(all.stream().map(ParticipationView::roundId).toList(),
                RoundStatus.RUNNING);
        return all.stream().filter(p -> running.contains(p.roundId())).limit(max).toList();
    }

    /** Called by the round's process as it enters each stage. */
    @Transactional
    public void enterStage(UUID roundId, Stage stage) {
        RoundEntity round = entity(roundId);
        boolean consultationOver = round.getStage() == Stage.CONSULTATION && stage != Stage.CONSULTATION;
        round.enter(stage);
        events.publishEvent(new RoundEvents.StageEntered(roundId, stage, clock.instant()));
        if (consultationOver) {
            events.publishEvent(new RoundEvents.ConsultationClosed(roundId, clock.instant()));
        }
    }

    /**
     * Moves the deadline of a running stage, for the caller; the process module moves the stage's
     * timers in the same transaction. Returns the round as it is then.
     */
    @Transactional
    public Round extendDeadline(UUID roundId, Stage stage, Instant to, String reason, Caller.Staff caller) {
        RoundEntity round = visible(roundId, caller);
        moveDeadline(round, stage, to, reason, caller.username());
        return round.snapshot();
    }

    /** Records that the caller closed a running stage before its deadline. */
    @Transactional
    public void recordEarlyClose(UUID roundId, Stage stage, Caller.Staff caller) {
        RoundEntity round = visible(roundId, caller);
        events.publishEvent(new RoundEvents.StageClosedEarly(roundId, stage, round.snapshot().deadlineOf(stage),
                caller.username(), clock.instant()));
    }

    /**
     * The review deadline as the review starts. A review that starts when less than
     * {@link #MIN_STAGE_TIME} is left before the stored deadline (a second review after a revision, say)
     * gets {@link #LATE_REVIEW_TIME} from now instead, recorded as a move of its deadline.
     */
    @Transactional
    public Instant openReview(UUID roundId) {
        RoundEntity round = entity(roundId);
        Instant now = clock.instant();
        Instant deadline = round.getReviewDeadline();
        if (deadline.isAfter(now.plus(MIN_STAGE_TIME))) {
            return deadline;
        }
        Instant renewed = now.plus(LATE_REVIEW_TIME);
        moveDeadline(round, Stage.REVIEW, renewed, "The review started after its deadline.", SYSTEM);
        return renewed;
    }

    private void moveDeadline(RoundEntity round, Stage stage, Instant to, String reason, String by) {
        Instant from = round.moveDeadline(stage, to);
        rounds.saveAndFlush(round);
        events.publishEvent(new RoundEvents.DeadlineExtended(round.getId(), stage, from, to, reason, by,
                clock.instant(), UUID.randomUUID()));
    }

    /** Called by the round's process when the signing rule is met. */
    @Transactional
    public void markSigned(UUID roundId) {
        RoundEntity round = entity(roundId);
        Instant now = clock.instant();
        round.markSigned(now);
        events.publishEvent(new RoundEvents.StageEntered(roundId, Stage.IN_FORCE, now));
        events.publishEvent(new RoundEvents.PactInForce(roundId, now));
    }

    /** the round, if the caller may see it; else a 404 in the caller's language (as if it did not exist) */
    RoundEntity visible(UUID roundId, Caller.Staff caller) {
        return rounds.findById(roundId)
                .filter(round -> caller.sees(round.getRegionId()))
                .orElseThrow(() -> NotFoundException.coded("problem.notFound.round", roundId));
    }

    private RoundEntity entity(UUID roundId) {
        return rounds.findById(roundId).orElseThrow(() -> NotFoundException.coded("problem.notFound.round", roundId));
    }

    /**
     * The region a round is defined for: the one named, which must be one of a facilitator's own or,
     * for an administrator, any existing one; a facilitator of one region may leave it out.
     */
    private String regionFor(String requested, Caller.Staff caller, Locale locale) {
        boolean named = requested != null && !requested.isBlank();
        if (!caller.isAdmin()) {
            if (!named && caller.regionIds().size() == 1) {
                return caller.regionIds().iterator().next();
            }
            if (!named) {
                throw new InvalidInputException("regionId", messages.getMessage("staff.error.regionOfSeveral",
                        new Object[] {String.join(", ", caller.regionIds())}, locale));
            }
            if (!caller.regionIds().contains(requested.strip())) {
                throw new InvalidInputException("regionId", messages.getMessage("staff.error.regionNotYours",
                        new Object[] {String.join(", ", caller.regionIds())}, locale));
            }
            return requested.strip();
        }
        if (!named || !accounts.regionExists(requested.strip())) {
            throw new InvalidInputException("regionId", messages.getMessage("staff.error.regionUnknown", null,
                    locale));
        }
        return requested.strip();
    }
}
