package org.copact.process;

import java.util.List;
import java.util.Locale;
import org.copact.identity.StaffAccounts;
import org.copact.mail.MailEvents.MailBounced;
import org.copact.mail.MailOutbox;
import org.copact.mail.OutgoingMail;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.stakeholder.Contact;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A bounce marks the stakeholder's address as failing and tells the facilitators of the round's
 * region, in the round's language, so that they can reach the organisation another way. Runs in
 * the transaction that recorded the bounce: if the notice cannot go out, the bounce stays in the
 * inbox and is taken again, and a notice that went out is not sent twice.
 */
@Component
class BouncedMails {

    static final String BOUNCE_NOTICE = "bounce-notice";

    private final Participations participations;
    private final RoundService rounds;
    private final StaffAccounts accounts;
    private final MailOutbox outbox;
    private final MessageSource messages;

    BouncedMails(Participations participations, RoundService rounds, StaffAccounts accounts,
            MailOutbox outbox, MessageSource messages) {
        this.participations = participations;
        this.rounds = rounds;
        this.accounts = accounts;
        this.outbox = outbox;
        this.messages = messages;
    }

    @EventListener
    void on(MailBounced bounce) {
        ParticipationView participation = participations.markEmailFailing(bounce.participationId(), bounce.at(),
                bounce.failure());
        Contact stakeholder = participation.contact();
        Round round = rounds.round(bounce.roundId());
        Locale locale = round.defaultLanguage().locale();
        List<StaffAccounts.Contact> facilitators = accounts.facilitatorsOf(round.regionId());
        for (StaffAccounts.Contact facilitator : facilitators) {
            Object[] arguments = {facilitator.name(), stakeholder.organisation(), stakeholder.contactName(),
                    bounce.toAddress() == null ? stakeholder.email() : bounce.toAddress(), round.title(),
                    bounce.failure()};
            outbox.send(OutgoingMail.toStaff(BOUNCE_NOTICE + "/" + bounce.inboundMailId() + "/" + facilitator.email(),
                    facilitator.email(), facilitator.name(),
                    messages.getMessage("mail." + BOUNCE_NOTICE + ".subject", arguments, locale),
                    messages.getMessage("mail." + BOUNCE_NOTICE + ".body", arguments, locale),
                    BOUNCE_NOTICE, round.id(), participation.id()));
        }
    }
}
