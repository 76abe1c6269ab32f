package org.copact.process.review;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.copact.pact.MissedReviews;
import org.copact.pact.PactReview;
import org.copact.pact.PactService;
import org.copact.process.Participants;
import org.copact.process.ReminderTimes;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.springframework.stereotype.Component;

/**
 * Called from the models around the review's deadline: its dates as the review starts, who is
 * reminded, and who is marked as not having reviewed when it closes.
 */
@Component("reviewDeadlines")
public class ReviewDeadlines {

    private final RoundService rounds;
    private final PactService pacts;
    private final MissedReviews missed;
    private final Participants participants;
    private final Clock clock;

    ReviewDeadlines(RoundService rounds, PactService pacts, MissedReviews missed, Participants participants,
            Clock clock) {
        this.rounds = rounds;
        this.pacts = pacts;
        this.missed = missed;
        this.participants = participants;
        this.clock = clock;
    }

    /** The review's deadline (a review that starts too late gets a new one, see RoundService.openReview). */
    public Date deadline(String roundId) {
        return Date.from(rounds.openReview(UUID.fromString(roundId)));
    }

    /** The reminder: the round's reminder duration ahead of the review deadline, never before half-way. */
    public Date reminderAt(String roundId) {
        Round round = rounds.round(UUID.fromString(roundId));
        return Date.from(ReminderTimes.at(round.reviewDeadline(), round.reminderBefore(), clock.instant()));
    }

    /** The reviewers who have not reviewed this version yet: those the reminder is for. */
    public List<String> awaitingReview(String roundId, String pactVersionId) {
        Set<String> reviewed = pacts.reviews(UUID.fromString(pactVersionId)).stream()
                .map(PactReview::participationId).map(UUID::toString).collect(Collectors.toSet());
        return participants.reviewersOf(roundId).stream().filter(id -> !reviewed.contains(id)).toList();
    }

    /** At the deadline: marks every reviewer who did not review this version; returns how many. */
    public int close(String roundId, String pactVersionId) {
        return missed.mark(UUID.fromString(pactVersionId),
                participants.reviewersOf(roundId).stream().map(UUID::fromString).toList()).size();
    }
}
