package org.copact.stakeholder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copact.common.Language;
import org.copact.common.NotFoundException;
import org.copact.stakeholder.internal.Participation;
import org.copact.stakeholder.internal.ParticipationRepository;
import org.copact.stakeholder.internal.Stakeholder;
import org.copact.stakeholder.internal.StakeholderRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of a region's stakeholders and their participations in rounds: the only writer of
 * either. Others read copies ({@link ParticipationView}, {@link Contact}), never the entities.
 */
@Service
public class Participations {

    private final StakeholderRepository stakeholders;
    private final ParticipationRepository participations;

    Participations(StakeholderRepository stakeholders, ParticipationRepository participations) {
        this.stakeholders = stakeholders;
        this.participations = participations;
    }

    /** A stakeholder as a round's definition names them, with their roles in it; the email is normalised. */
    public record Registration(String organisation, String contactName, String email, StakeholderCategory category,
            Language language, Set<ParticipationRole> roles) {
    }

    /**
     * Registers a round's stakeholders, in one query for those the region already knows by email; a
     * known one is reused, with the names and language given now. Returns how many take part.
     */
    @Transactional
    public int register(UUID roundId, String regionId, List<Registration> registrations) {
        Map<String, Stakeholder> known = stakeholders
                .findByRegionIdAndEmailIn(regionId, registrations.stream().map(Registration::email).toList())
                .stream().collect(Collectors.toMap(Stakeholder::getEmail, Function.identity()));
        List<Stakeholder> toSave = new ArrayList<>();
        List<Participation> newParticipations = new ArrayList<>();
        for (Registration s : registrations) {
            Stakeholder stakeholder = known.get(s.email());
            if (stakeholder == null) {
                stakeholder = new Stakeholder(regionId, s.organisation(), s.contactName(), s.email(), s.category(),
                        s.language());
            } else {
                stakeholder.update(s.organisation(), s.contactName(), s.category(), s.language());
            }
            toSave.add(stakeholder);
            newParticipations.add(new Participation(roundId, stakeholder, s.roles()));
        }
        stakeholders.saveAll(toSave);
        participations.saveAll(newParticipations);
        return newParticipations.size();
    }

    /**
     * Adds one stakeholder to a round (after its definition): a stakeholder the region knows by the
     * email is reused with the names given now; one removed from this round before comes back with
     * the roles given now. Returns the participation.
     */
    @Transactional
    public ParticipationView add(UUID roundId, String regionId, Registration registration) {
        Stakeholder stakeholder = stakeholders.findByRegionIdAndEmailIn(regionId, List.of(registration.email()))
                .stream().findFirst().orElse(null);
        if (stakeholder == null) {
            stakeholder = new Stakeholder(regionId, registration.organisation(), registration.contactName(),
                    registration.email(), registration.category(), registration.language());
        } else {
            stakeholder.update(registration.organisation(), registration.contactName(), registration.category(),
                    registration.language());
        }
        stakeholders.save(stakeholder);
        Stakeholder known = stakeholder;
        Participation participation = participations.findByRoundIdAndStakeholder(roundId, stakeholder)
                .map(p -> {
                    p.restore(registration.roles());
                    return p;
                })
                .orElseGet(() -> new Participation(roundId, known, registration.roles()));
        return view(participations.save(participation));
    }

    /** Takes a participation out of its round; it stays readable by its id, for the history and the mails. */
    @Transactional
    public ParticipationView remove(UUID participationId, Instant at) {
        Participation participation = entity(participationId);
        participation.remove(at);
        return view(participation);
    }

    /**
     * Fixes the name or the address of a participation's contact. A new address that the region's
     * register does not know yet becomes the stakeholder's own, if no other round uses that entry
     * (else a new entry is made, so other rounds keep theirs); one it knows moves the participation
     * there. Returns the participation as it is now.
     */
    @Transactional
    public ParticipationView fixContact(UUID participationId, String contactName, String email) {
        Participation participation = entity(participationId);
        Stakeholder current = participation.getStakeholder();
        String newEmail = email == null ? current.getEmail() : Contact.normalise(email);
        String newName = contactName == null ? current.getContactName() : contactName;
        if (!newEmail.equals(current.getEmail())) {
            Stakeholder target = stakeholders.findByRegionIdAndEmailIn(current.getRegionId(), List.of(newEmail))
                    .stream().findFirst().orElse(null);
            if (target == null && participations.countByStakeholder(current) == 1) {
                current.correctEmail(newEmail);
            } else {
                if (target == null) {
                    target = stakeholders.save(new Stakeholder(current.getRegionId(), current.getOrganisation(),
                            newName, newEmail, current.getCategory(), current.getLanguage()));
                }
                participation.moveTo(target);
                current = target;
            }
        }
        current.rename(newName);
        stakeholders.save(current);
        return view(participations.save(participation));
    }

    private Participation entity(UUID participationId) {
        return participations.findWithStakeholderById(participationId)
                .orElseThrow(() -> new NotFoundException("No participation " + participationId));
    }

    /** A mail server reported that mail to this participation's address cannot be delivered. */
    @Transactional
    public ParticipationView markEmailFailing(UUID participationId, Instant at, String failure) {
        Participation participation = participations.findWithStakeholderById(participationId)
                .orElseThrow(() -> NotFoundException.coded("problem.notFound.participation", participationId));
        participation.getStakeholder().markEmailFailing(at, failure);
        return view(participation);
    }

    /** Every participation of a round with its contact, by organisation, in one query. */
    @Transactional(readOnly = true)
    public List<ParticipationView> ofRound(UUID roundId) {
        return participations.findWithStakeholderByRoundId(roundId).stream().map(Participations::view).toList();
    }

    /** the organisations of a round's stakeholders of this category, each once, by name */
    @Transactional(readOnly = true)
    public List<String> organisationsOf(UUID roundId, StakeholderCategory category) {
        return participations.findOrganisationsByRoundIdAndCategory(roundId, category);
    }

    @Transactional(readOnly = true)
    public Optional<ParticipationView> find(UUID participationId) {
        return participations.findWithStakeholderById(participationId).map(Participations::view);
    }

    @Transactional(readOnly = true)
    public ParticipationView participation(UUID participationId) {
        return find(participationId).orElseThrow(() -> NotFoundException.coded("problem.notFound.participation", participationId));
    }

    /** The ids of a round's participations that hold a role, for the stage that needs them. */
    @Transactional(readOnly = true)
    public List<UUID> idsWithRole(UUID roundId, ParticipationRole role) {
        return participations.findIdsByRoundIdAndRole(roundId, role.name());
    }

    /** Every participation, in any round, of the stakeholders known by this (normalised) email, in one query. */
    @Transactional(readOnly = true)
    public List<ParticipationView> ofEmail(String email) {
        return participations.findWithStakeholderByEmail(email).stream().map(Participations::view).toList();
    }

    /** Whether the region's register knows someone by this (normalised) email. */
    @Transactional(readOnly = true)
    public boolean isKnownInRegion(String regionId, String email) {
        return !stakeholders.findByRegionIdAndEmailIn(regionId, List.of(email)).isEmpty();
    }

    private static ParticipationView view(Participation participation) {
        Stakeholder s = participation.getStakeholder();
        return new ParticipationView(participation.getId(), participation.getRoundId(), participation.getRoles(),
                participation.isRemoved(), new Contact(s.getOrganisation(), s.getContactName(), s.getEmail(), s.getCategory(), s.getLanguage(),
                        s.getEmailFailingSince(), s.getEmailFailure()));
    }
}
