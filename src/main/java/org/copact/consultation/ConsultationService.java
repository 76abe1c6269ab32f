package org.copact.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.copact.consultation.internal.Answer;
import org.copact.consultation.internal.AnswerRepository;
import org.copact.consultation.internal.ConsultationParticipant;
import org.copact.consultation.internal.ConsultationParticipantRepository;
import org.copact.stakeholder.ParticipationRole;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultation of a round: who was invited when, who answered and who did not by the deadline
 * (the only writer of that), and the answers, kept as given.
 */
@Service
public class ConsultationService {

    public static final String CHANNEL_WEB = "web";
    public static final String CHANNEL_EMAIL = "email";

    private final AnswerRepository answers;
    private final ConsultationParticipantRepository consulted;
    private final Participations participations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsultationService(AnswerRepository answers, ConsultationParticipantRepository consulted,
            Participations participations, ApplicationEventPublisher events, Clock clock) {
        this.answers = answers;
        this.consulted = consulted;
        this.participations = participations;
        this.events = events;
        this.clock = clock;
    }

    /** Where a participation stands in the consultation, and since when it was invited, if it was. */
    public record Standing(ConsultationStatus status, Instant invitedAt) {

        public static final Standing NOT_INVITED = new Standing(ConsultationStatus.NOT_INVITED, null);
    }

    /** The invitation to this participation went out; the first one counts. */
    @Transactional
    public void markInvited(UUID participationId) {
        ConsultationParticipant participant = participant(participationId);
        participant.markInvited(clock.instant());
        consulted.save(participant);
    }

    /** Keeps an answer as given; a second answer of the same participation is refused. */
    @Transactional
    public ConsultationAnswer record(UUID participationId, Map<String, Object> values, String channel) {
        ConsultationParticipant participant = participant(participationId);
        participant.markAnswered();
        consulted.save(participant);
        Instant now = clock.instant();
        Answer answer = answers.save(new Answer(participant.getRoundId(), participationId, values, channel, now));
        events.publishEvent(new ConsultationEvents.ConsultationAnswered(participant.getRoundId(), participationId,
                channel, now));
        return view(answer);
    }

    /** At the deadline: every participant who has not answered is marked, once. Returns how many. */
    @Transactional
    public int markUnanswered(UUID roundId) {
        Instant now = clock.instant();
        Map<UUID, ConsultationParticipant> known = consultedIn(roundId);
        int marked = 0;
        for (ParticipationView participation : participations.ofRound(roundId)) {
            if (!participation.has(ParticipationRole.PARTICIPANT)) {
                continue;
            }
            ConsultationParticipant participant = known.getOrDefault(participation.id(),
                    new ConsultationParticipant(participation.id(), roundId));
            if (participant.markNoAnswer()) {
                consulted.save(participant);
                events.publishEvent(new ConsultationEvents.ConsultationUnanswered(roundId, participation.id(), now));
                marked++;
            }
        }
        return marked;
    }

    @Transactional(readOnly = true)
    public List<ConsultationAnswer> answers(UUID roundId) {
        return answers.findByRoundIdOrderBySubmittedAtAsc(roundId).stream().map(ConsultationService::view).toList();
    }

    @Transactional(readOnly = true)
    public ConsultationStatus statusOf(UUID participationId) {
        return consulted.findById(participationId).map(ConsultationParticipant::getStatus)
                .orElse(ConsultationStatus.NOT_INVITED);
    }

    /** Where the round's participations stand, by participation id; one not in the map was not invited. */
    @Transactional(readOnly = true)
    public Map<UUID, Standing> standingsIn(UUID roundId) {
        return consulted.findByRoundId(roundId).stream().collect(Collectors.toMap(ConsultationParticipant::getId,
                p -> new Standing(p.getStatus(), p.getInvitedAt())));
    }

    /** The participants who were invited and have not answered yet, by organisation: those a reminder is for. */
    @Transactional(readOnly = true)
    public List<ParticipationView> awaitingAnswer(UUID roundId) {
        return withStatus(roundId, ConsultationStatus.INVITED, p -> p.has(ParticipationRole.PARTICIPANT));
    }

    /** Those marked at the deadline as not having answered, by organisation: those the deadline notice is for. */
    @Transactional(readOnly = true)
    public List<ParticipationView> unanswered(UUID roundId) {
        return withStatus(roundId, ConsultationStatus.NO_ANSWER, p -> true);
    }

    private List<ParticipationView> withStatus(UUID roundId, ConsultationStatus status,
            Predicate<ParticipationView> filter) {
        Map<UUID, ConsultationParticipant> known = consultedIn(roundId);
        return participations.ofRound(roundId).stream().filter(filter)
                .filter(p -> known.containsKey(p.id()) && known.get(p.id()).getStatus() == status)
                .toList();
    }

    private Map<UUID, ConsultationParticipant> consultedIn(UUID roundId) {
        return consulted.findByRoundId(roundId).stream()
                .collect(Collectors.toMap(ConsultationParticipant::getId, Function.identity()));
    }

    /** The participation's record, or a new one for a participation the consultation has not touched. */
    private ConsultationParticipant participant(UUID participationId) {
        return consulted.findById(participationId).orElseGet(() -> new ConsultationParticipant(participationId,
                participations.participation(participationId).roundId()));
    }

    private static ConsultationAnswer view(Answer answer) {
        return new ConsultationAnswer(answer.getId(), answer.getRoundId(), answer.getParticipationId(),
                answer.getAnswers(), answer.getChannel(), answer.getSubmittedAt());
    }
}
