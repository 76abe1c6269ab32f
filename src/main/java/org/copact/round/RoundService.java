package org.copact.round;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Defines and launches rounds, and moves them through their stages as their process runs. */
@Service
public class RoundService {

    private final RoundRepository rounds;
    private final Participations participations;
    private final RoundDefinitionValidator validator;
    private final StaffAccounts accounts;
    private final StakeholderLinks links;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundService(RoundRepository rounds, Participations participations, RoundDefinitionValidator validator,
            StaffAccounts accounts, StakeholderLinks links, ApplicationEventPublisher events, Clock clock) {
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
        String regionId = regionFor(definition.regionId(), caller);
        RoundDefinition.Valid valid = validator.validate(definition, regionId, locale);
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
        return (caller.regionId() == null ? rounds.findAllByOrderByCreatedAtDesc()
                : rounds.findByRegionIdOrderByCreatedAtDesc(caller.regionId())).stream()
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
        round.enter(stage);
        events.publishEvent(new RoundEvents.StageEntered(roundId, stage, clock.instant()));
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

    private RoundEntity visible(UUID roundId, Caller.Staff caller) {
        return rounds.findById(roundId)
                .filter(round -> caller.sees(round.getRegionId()))
                .orElseThrow(() -> NotFoundException.coded("problem.notFound.round", roundId));
    }

    private RoundEntity entity(UUID roundId) {
        return rounds.findById(roundId).orElseThrow(() -> NotFoundException.coded("problem.notFound.round", roundId));
    }

    private String regionFor(String requested, Caller.Staff caller) {
        if (caller.regionId() != null) {
            if (requested != null && !requested.isBlank() && !requested.equals(caller.regionId())) {
                throw new InvalidInputException("regionId", "you can only define rounds of your own region ("
                        + caller.regionId() + ")");
            }
            return caller.regionId();
        }
        if (!accounts.regionExists(requested)) {
            throw new InvalidInputException("regionId", "must name an existing region");
        }
        return requested;
    }
}
