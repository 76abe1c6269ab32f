package org.copact.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.copact.common.ConflictException;
import org.copact.consultation.ConsultationStatus;
import org.junit.jupiter.api.Test;

class ConsultationParticipantTests {

    private static final Instant FIRST = Instant.parse("2026-03-01T09:00:00Z");

    private final ConsultationParticipant participant = new ConsultationParticipant(UUID.randomUUID(),
            UUID.randomUUID());

    @Test
    void shouldKeepTheFirstInvitationWhenInvitedAgain() {
        participant.markInvited(FIRST);
        participant.markInvited(FIRST.plusSeconds(3600));

        assertThat(participant.getStatus()).isEqualTo(ConsultationStatus.INVITED);
        assertThat(participant.getInvitedAt()).isEqualTo(FIRST);
    }

    @Test
    void shouldRefuseASecondAnswer() {
        participant.markInvited(FIRST);
        participant.markAnswered();

        assertThatThrownBy(participant::markAnswered).isInstanceOf(ConflictException.class);
        assertThat(participant.getStatus()).isEqualTo(ConsultationStatus.ANSWERED);
    }

    @Test
    void shouldNeverUndoAnAnswerAtTheDeadline() {
        participant.markInvited(FIRST);
        participant.markAnswered();

        assertThat(participant.markNoAnswer()).isFalse();
        assertThat(participant.getStatus()).isEqualTo(ConsultationStatus.ANSWERED);
    }

    @Test
    void shouldMarkSomeoneWithoutAnswerOnceAndStillTakeALateInvitationAsNoChange() {
        participant.markInvited(FIRST);

        assertThat(participant.markNoAnswer()).isTrue();
        assertThat(participant.markNoAnswer()).isFalse();
        participant.markInvited(FIRST.plusSeconds(60));
        assertThat(participant.getStatus()).isEqualTo(ConsultationStatus.NO_ANSWER);
    }
}
