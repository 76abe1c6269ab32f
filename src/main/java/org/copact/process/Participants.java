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

    /** The participants of the round: those the consultation asks. */
    public List<String> participantsOf(String roundId) {
        return withRole(roundId, ParticipationRole.PARTICIPANT);
    }

    /** The reviewers of the round: those asked to review each version. */
    public List<String> reviewersOf(String roundId) {
        return withRole(roundId, ParticipationRole.REVIEWER);
    }

    /** The signatories of the round: those asked to sign the final version. */
    public List<String> signatoriesOf(String roundId) {
        return withRole(roundId, ParticipationRole.SIGNATORY);
    }

    private List<String> withRole(String roundId, ParticipationRole role) {
        return participations.idsWithRole(UUID.fromString(roundId), role).stream()
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
