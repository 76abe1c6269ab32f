package org.copact.round;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.copact.common.ConflictException;
import org.copact.common.InvalidInputException;
import org.copact.common.NotFoundException;
import org.copact.identity.Caller;
import org.copact.identity.StakeholderLinks;
import org.copact.round.internal.RoundEntity;
import org.copact.round.internal.RoundRepository;
import org.copact.stakeholder.ParticipationRole;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of a round by its facilitators: its definition edited, a stakeholder added, removed or
 * their contact fixed, the round cancelled. Each is checked as a definition is (every field error at
 * once, in the caller's language, nothing stored on error) and published as an event that the
 * history records with who did it and that the process module carries into the running round.
 */
@Service
public class RoundChanges {

    private final RoundRepository rounds;
    private final Participations participations;
    private final RoundDefinitionValidator validator;
    private final StakeholderLinks links;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final RoundService roundService;

    RoundChanges(RoundRepository rounds, Participations participations, RoundDefinitionValidator validator,
            StakeholderLinks links, ApplicationEventPublisher events, MessageSource messages, Clock clock,
            RoundService roundService) {
        this.roundService = roundService;
        this.rounds = rounds;
        this.participations = participations;
        this.validator = validator;
        this.links = links;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** Edits the definition: everything before the launch; after it the title, topic, deadlines and targets. */
    @Transactional
    public Round revise(UUID roundId, RoundPatch patch, Caller.Staff caller, Locale locale) {
        RoundEntity round = editable(roundId, caller);
        Round before = round.snapshot();
        RoundFieldErrors errors = new RoundFieldErrors();
        boolean consultationClosed = before.launched() && before.stage() != Stage.CONSULTATION;
        if (before.launched()) {
            RoundRevisions.refuseFixedFields(before, patch, errors);
        } else {
            RoundRevisions.refuseSigningChange(before, patch, errors);
        }
        if (consultationClosed && RoundRevisions.movesConsultation(before, patch)) {
            errors.add("consultationDeadline", "round.error.consultationClosed");
        }
        RoundDefinition.Valid valid = validator.validateEdit(RoundRevisions.merged(before, patch), before.regionId(),
                locale, errors, consultationClosed, before);
        round.revise(valid);
        rounds.saveAndFlush(round);
        Round after = round.snapshot();
        var changes = RoundRevisions.changes(before, after);
        if (!changes.isEmpty()) {
            events.publishEvent(new RoundEvents.RoundRevised(roundId, before.launched(), changes,
                    after.consultationDeadline(), after.reminderAt(), caller.username(), clock.instant()));
        }
        return after;
    }

    /** Adds a stakeholder; after the launch they are asked at once in the stage that runs (see the process module). */
    @Transactional
    public ParticipationView addStakeholder(UUID roundId, RoundDefinition.StakeholderInput input, Caller.Staff caller,
            Locale locale) {
        RoundEntity round = editable(roundId, caller);
        RoundDefinition.ValidStakeholder valid = validator.validateStakeholder(input, emails(roundId, null), locale);
        ParticipationView added = participations.add(roundId, round.getRegionId(), new Participations.Registration(
                valid.organisation(), valid.contactName(), valid.email(), valid.category(), valid.language(),
                valid.roles()));
        events.publishEvent(new RoundEvents.StakeholderAdded(roundId, added.id(), valid.organisation(),
                round.getLaunchedAt() != null, caller.username(), clock.instant()));
        return added;
    }

    /**
     * Takes a stakeholder out of the round: their links stop working, their open tasks are withdrawn.
     * The round keeps at least one signatory, as a definition must have.
     */
    @Transactional
    public ParticipationView removeStakeholder(UUID roundId, UUID participationId, Caller.Staff caller, Locale locale) {
        RoundEntity round = editable(roundId, caller);
        ParticipationView participation = inRound(roundId, participationId);
        boolean otherSignatory = participations.ofRound(roundId).stream()
                .anyMatch(p -> !p.id().equals(participationId) && p.has(ParticipationRole.SIGNATORY));
        if (!otherSignatory) {
            throw new InvalidInputException("stakeholders",
                    messages.getMessage("round.error.noSignatory", null, locale));
        }
        Instant now = clock.instant();
        ParticipationView removed = participations.remove(participationId, now);
        links.revokeAll(participationId);
        events.publishEvent(new RoundEvents.StakeholderRemoved(roundId, participationId,
                participation.contact().organisation(), round.getLaunchedAt() != null, caller.username(), now));
        return removed;
    }

    /**
     * Fixes a contact's name or address. A new address revokes every link sent to the old one; after
     * the launch a new link goes to the new address (see the process module).
     */
    @Transactional
    public ParticipationView fixContact(UUID roundId, UUID participationId, RoundPatch.ContactFix fix,
            Caller.Staff caller, Locale locale) {
        RoundEntity round = editable(roundId, caller);
        ParticipationView participation = inRound(roundId, participationId);
        RoundPatch.ContactFix given = fix == null ? new RoundPatch.ContactFix(null, null) : fix;
        String email = validator.validateContact(given.contactName(), given.email(),
                emails(roundId, participationId), locale);
        String oldEmail = participation.contact().email();
        boolean emailChanged = email != null && !email.equals(oldEmail);
        ParticipationView fixed = participations.fixContact(participationId,
                given.contactName() == null ? null : given.contactName().strip(), email);
        int revoked = emailChanged ? links.revokeAll(participationId) : 0;
        events.publishEvent(new RoundEvents.ContactFixed(roundId, participationId,
                participation.contact().organisation(), oldEmail, fixed.contact().email(), emailChanged, revoked,
                round.getLaunchedAt() != null, caller.username(), clock.instant()));
        return fixed;
    }

    /** Cancels the round with a reason: its process ends and everyone concerned is told (see the process module). */
    @Transactional
    public Round cancel(UUID roundId, String reason, Caller.Staff caller, Locale locale) {
        RoundEntity round = editable(roundId, caller);
        String valid = validator.validateReason(reason, locale);
        Instant now = clock.instant();
        round.cancel(now, valid);
        rounds.saveAndFlush(round);
        events.publishEvent(new RoundEvents.RoundCancelled(roundId, valid, round.getLaunchedAt() != null,
                caller.username(), now));
        return round.snapshot();
    }

    /** A round of the caller's region (any, for an administrator) that can still change; another is missing. */
    private RoundEntity editable(UUID roundId, Caller.Staff caller) {
        RoundEntity round = roundService.visible(roundId, caller);
        if (round.getStatus() == RoundStatus.SIGNED) {
            throw ConflictException.coded("problem.conflict.alreadySigned");
        }
        if (round.getStatus() == RoundStatus.CANCELLED) {
            throw ConflictException.coded("problem.conflict.cancelled");
        }
        return round;
    }

    private ParticipationView inRound(UUID roundId, UUID participationId) {
        return participations.find(participationId)
                .filter(p -> p.roundId().equals(roundId) && !p.removed())
                .orElseThrow(() -> NotFoundException.coded("problem.notFound.stakeholderInRound", participationId));
    }

    /**
     * The organisation a facilitator invites to accede to the pact in force, as a signatory: one of the
     * round's stakeholders (participationId), or a new one (input, fields named as in its own body).
     * Only a round whose pact is in force takes one; refusals are in the caller's language.
     */
    @Transactional
    public ParticipationView addAcceding(UUID roundId, UUID participationId, RoundDefinition.StakeholderInput input,
            Caller.Staff caller, Locale locale) {
        RoundEntity round = roundService.visible(roundId, caller);
        if (round.getStatus() != RoundStatus.SIGNED) {
            throw new ConflictException(messages.getMessage("accession.error.notInForce", null, locale));
        }
        if (participationId != null) {
            ParticipationView known = participations.find(participationId)
                    .filter(p -> p.roundId().equals(roundId) && !p.removed())
                    .orElseThrow(() -> new InvalidInputException("participationId",
                            messages.getMessage("accession.error.participation", null, locale)));
            Set<ParticipationRole> roles = java.util.EnumSet.of(ParticipationRole.SIGNATORY);
            roles.addAll(known.roles());
            var contact = known.contact();
            return added(round, participations.add(roundId, round.getRegionId(), new Participations.Registration(
                    contact.organisation(), contact.contactName(), contact.email(), contact.category(),
                    contact.language(), roles)), caller);
        }
        RoundDefinition.StakeholderInput given = input == null
                ? new RoundDefinition.StakeholderInput(null, null, null, null, null, null) : input;
        RoundDefinition.ValidStakeholder valid = validator.validateStakeholder(new RoundDefinition.StakeholderInput(
                given.organisation(), given.contactName(), given.email(), given.category(), given.language(),
                java.util.List.of(ParticipationRole.SIGNATORY.name())), emails(roundId, null), locale);
        return added(round, participations.add(roundId, round.getRegionId(), new Participations.Registration(
                valid.organisation(), valid.contactName(), valid.email(), valid.category(), valid.language(),
                valid.roles())), caller);
    }

    /**
     * The acceding organisation joins the round as any added stakeholder does, with its event (the
     * record's entry); the round's stages are over, so nobody asks it anything but its accession.
     */
    private ParticipationView added(RoundEntity round, ParticipationView added, Caller.Staff caller) {
        events.publishEvent(new RoundEvents.StakeholderAdded(round.getId(), added.id(),
                added.contact().organisation(), round.getLaunchedAt() != null, caller.username(), clock.instant()));
        return added;
    }

    /** The addresses of the round's stakeholders, but for one of them (null: none left out). */
    private Set<String> emails(UUID roundId, UUID except) {
        return participations.ofRound(roundId).stream().filter(p -> !p.id().equals(except))
                .map(p -> p.contact().email()).collect(Collectors.toSet());
    }
}
