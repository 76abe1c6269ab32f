package org.copact.process;

import java.util.List;
import java.util.UUID;
import org.copact.stakeholder.ConsultationStatus;
import org.copact.stakeholder.ParticipationRepository;
import org.copact.stakeholder.ParticipationRole;
import org.springframework.stereotype.Component;

/** The collections of the multi-instance stages: the participations holding a role, in one query. */
@Component("participants")
public class Participants {

    private final ParticipationRepository participations;

    Participants(ParticipationRepository participations) {
        this.participations = participations;
    }

    public List<String> withRole(String roundId, String role) {
        ParticipationRole wanted = ParticipationRole.valueOf(role);
        return participations.findIdsByRoundIdAndRole(UUID.fromString(roundId), wanted.name()).stream()
                .map(UUID::toString)
                .toList();
    }

    /** The participants who were invited and have not answered yet: those the reminder is for. */
    public List<String> awaitingAnswer(String roundId) {
        return participations.findWithStakeholderByRoundId(UUID.fromString(roundId)).stream()
                .filter(p -> p.has(ParticipationRole.PARTICIPANT))
                .filter(p -> p.getConsultationStatus() == ConsultationStatus.INVITED)
                .map(p -> p.getId().toString())
                .toList();
    }

    /** The participants marked at the deadline as not having answered: those the deadline notice is for. */
    public List<String> unanswered(String roundId) {
        return participations.findWithStakeholderByRoundId(UUID.fromString(roundId)).stream()
                .filter(p -> p.getConsultationStatus() == ConsultationStatus.NO_ANSWER)
                .map(p -> p.getId().toString())
                .toList();
    }

    /** Every stakeholder of the round, whatever their roles: those the pact-in-force notice is for. */
    public List<String> all(String roundId) {
        return participations.findWithStakeholderByRoundId(UUID.fromString(roundId)).stream()
                .map(p -> p.getId().toString())
                .toList();
    }
}
