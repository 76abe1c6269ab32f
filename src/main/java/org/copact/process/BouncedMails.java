package org.copact.process;

import java.util.List;
import java.util.Locale;
import org.copact.common.NotFoundException;
import org.copact.identity.StaffAccounts;
import org.copact.mail.MailEvents.MailBounced;
import org.copact.mail.MailOutbox;
import org.copact.mail.OutgoingMail;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.stakeholder.Participation;
import org.copact.stakeholder.ParticipationRepository;
import org.copact.stakeholder.Stakeholder;
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

    private final ParticipationRepository participations;
    private final RoundService rounds;
    private final StaffAccounts accounts;
    private final MailOutbox outbox;
    private final MessageSource messages;

    BouncedMails(ParticipationRepository participations, RoundService rounds, StaffAccounts accounts,
            MailOutbox outbox, MessageSource messages) {
        this.participations = participations;
        this.rounds = rounds;
        this.accounts = accounts;
        this.outbox = outbox;
        this.messages = messages;
    }

    @EventListener
    void on(MailBounced bounce) {
        Participation participation = participations.findWithStakeholderById(bounce.participationId())
                .orElseThrow(() -> new NotFoundException("No participation " + bounce.participationId()));
        Stakeholder stakeholder = participation.getStakeholder();
        stakeholder.markEmailFailing(bounce.at(), bounce.failure());
        Round round = rounds.round(bounce.roundId());
        Locale locale = round.defaultLanguage().locale();
        List<StaffAccounts.Contact> facilitators = accounts.facilitatorsOf(round.regionId());
        for (StaffAccounts.Contact facilitator : facilitators) {
            Object[] arguments = {facilitator.name(), stakeholder.getOrganisation(), stakeholder.getContactName(),
                    bounce.toAddress() == null ? stakeholder.getEmail() : bounce.toAddress(), round.title(),
                    bounce.failure()};
            outbox.send(OutgoingMail.toStaff(BOUNCE_NOTICE + "/" + bounce.inboundMailId() + "/" + facilitator.email(),
                    facilitator.email(), facilitator.name(),
                    messages.getMessage("mail." + BOUNCE_NOTICE + ".subject", arguments, locale),
                    messages.getMessage("mail." + BOUNCE_NOTICE + ".body", arguments, locale),
                    BOUNCE_NOTICE, round.id(), participation.getId()));
        }
    }
}
