package org.copact.process;

import java.util.List;
import java.util.UUID;
import org.copact.consultation.ConsultationService;
import org.copact.stakeholder.ParticipationRole;
import org.copact.stakeholder.Participations;
import org.springframework.stereotype.Component;

/** The collections of the multi-instance stages: the participations holding a role, in one query. */
@Component("participants")
public class Participants {

    private final Participations participations;
    private final ConsultationService consultation;

    Participants(Participations participations, ConsultationService consultation) {
        this.participations = participations;
        this.consultation = consultation;
    }

    public List<String> withRole(String roundId, String role) {
        ParticipationRole wanted = ParticipationRole.valueOf(role);
        return participations.idsWithRole(UUID.fromString(roundId), wanted).stream()
                .map(UUID::toString)
                .toList();
    }

    /** The participants who were invited and have not answered yet: those the reminder is for. */
    public List<String> awaitingAnswer(String roundId) {
        return consultation.awaitingAnswer(UUID.fromString(roundId)).stream()
                .map(p -> p.id().toString())
                .toList();
    }

    /** The participants marked at the deadline as not having answered: those the deadline notice is for. */
    public List<String> unanswered(String roundId) {
        return consultation.unanswered(UUID.fromString(roundId)).stream()
                .map(p -> p.id().toString())
                .toList();
    }

    /** Every stakeholder of the round, whatever their roles: those the pact-in-force notice is for. */
    public List<String> all(String roundId) {
        return participations.ofRound(UUID.fromString(roundId)).stream()
                .map(p -> p.id().toString())
                .toList();
    }
}
