package org.copact.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copact.common.NotFoundException;
import org.copact.stakeholder.Participation;
import org.copact.stakeholder.ParticipationRepository;
import org.copact.stakeholder.ParticipationRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the consultation's answers and marks, at the deadline, those who gave none. */
@Service
public class ConsultationService {

    public static final String CHANNEL_WEB = "web";
    public static final String CHANNEL_EMAIL = "email";

    private final ConsultationAnswerRepository answers;
    private final ParticipationRepository participations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsultationService(ConsultationAnswerRepository answers, ParticipationRepository participations,
            ApplicationEventPublisher events, Clock clock) {
        this.answers = answers;
        this.participations = participations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ConsultationAnswer record(UUID participationId, Map<String, Object> values, String channel) {
        Participation participation = participations.findById(participationId)
                .orElseThrow(() -> new NotFoundException("No participation " + participationId));
        participation.markAnswered();
        Instant now = clock.instant();
        ConsultationAnswer answer = answers.save(
                new ConsultationAnswer(participation.getRoundId(), participationId, values, channel, now));
        events.publishEvent(new ConsultationEvents.ConsultationAnswered(participation.getRoundId(), participationId,
                channel, now));
        return answer;
    }

    /** At the deadline: every participant who has not answered is marked, once. Returns how many. */
    @Transactional
    public int markUnanswered(UUID roundId) {
        Instant now = clock.instant();
        int marked = 0;
        for (Participation participation : participations.findWithStakeholderByRoundId(roundId)) {
            if (participation.has(ParticipationRole.PARTICIPANT) && participation.markNoAnswer()) {
                events.publishEvent(new ConsultationEvents.ConsultationUnanswered(roundId, participation.getId(), now));
                marked++;
            }
        }
        return marked;
    }

    @Transactional(readOnly = true)
    public List<ConsultationAnswer> answers(UUID roundId) {
        return answers.findByRoundIdOrderBySubmittedAtAsc(roundId);
    }
}
