package org.copact.process;

import org.copact.common.NotFoundException;
import org.copact.mail.FacilitatorNotices;
import org.copact.mail.MailEvents.MailBounced;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.stakeholder.Participation;
import org.copact.stakeholder.ParticipationRepository;
import org.copact.stakeholder.Stakeholder;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A bounce marks the stakeholder's address as failing and tells the facilitators of the round's
 * region, in the round's language, so that they can reach the organisation another way.
 */
@Component
class BouncedMails {

    static final String BOUNCE_NOTICE = "bounce-notice";

    private final ParticipationRepository participations;
    private final RoundService rounds;
    private final FacilitatorNotices notices;

    BouncedMails(ParticipationRepository participations, RoundService rounds, FacilitatorNotices notices) {
        this.participations = participations;
        this.rounds = rounds;
        this.notices = notices;
    }

    /**
     * Synchronous, in the transaction that recorded the bounce: the bounce and the failing address it
     * proves are one fact, shown on the round's page together; only the database can make it fail,
     * and then the bounce stays in the inbox and is taken again.
     */
    @EventListener
    void markFailing(MailBounced bounce) {
        participation(bounce).getStakeholder().markEmailFailing(bounce.at(), bounce.failure());
    }

    /**
     * An {@link ApplicationModuleListener}: the notice talks to the SMTP server, which may be away;
     * the bounce is recorded whatever becomes of it, and a notice that failed stays an incomplete
     * event publication, resubmitted later, never lost (and never sent twice, once per bounce).
     */
    @ApplicationModuleListener
    void tellFacilitators(MailBounced bounce) {
        Participation participation = participation(bounce);
        Stakeholder stakeholder = participation.getStakeholder();
        Round round = rounds.round(bounce.roundId());
        notices.tell(round, participation.getId(), BOUNCE_NOTICE, bounce.inboundMailId().toString(),
                stakeholder.getOrganisation(), stakeholder.getContactName(),
                bounce.toAddress() == null ? stakeholder.getEmail() : bounce.toAddress(), round.getTitle(),
                bounce.failure());
    }

    private Participation participation(MailBounced bounce) {
        return participations.findWithStakeholderById(bounce.participationId())
                .orElseThrow(() -> new NotFoundException("No participation " + bounce.participationId()));
    }
}
