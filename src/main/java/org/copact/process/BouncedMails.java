package org.copact.process;

import org.copact.mail.FacilitatorNotices;
import org.copact.mail.MailEvents.MailBounced;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.stakeholder.Contact;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
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

    private final Participations participations;
    private final RoundService rounds;
    private final FacilitatorNotices notices;

    BouncedMails(Participations participations, RoundService rounds, FacilitatorNotices notices) {
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
        participations.markEmailFailing(bounce.participationId(), bounce.at(), bounce.failure());
    }

    /**
     * An {@link ApplicationModuleListener}: the notice talks to the SMTP server, which may be away;
     * the bounce is recorded whatever becomes of it, and a notice that failed stays an incomplete
     * event publication, resubmitted later, never lost (and never sent twice, once per bounce).
     */
    @ApplicationModuleListener
    void tellFacilitators(MailBounced bounce) {
        ParticipationView participation = participations.participation(bounce.participationId());
        Contact stakeholder = participation.contact();
        Round round = rounds.round(bounce.roundId());
        notices.tell(round, participation.id(), BOUNCE_NOTICE, bounce.inboundMailId().toString(),
                stakeholder.organisation(), stakeholder.contactName(),
                bounce.toAddress() == null ? stakeholder.email() : bounce.toAddress(), round.title(),
                bounce.failure());
    }
}
