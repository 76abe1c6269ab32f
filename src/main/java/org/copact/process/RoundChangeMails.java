package org.copact.process;

import java.util.List;
import java.util.Locale;
import org.copact.mail.FacilitatorNotices;
import org.copact.round.Round;
import org.copact.round.RoundEvents.ContactFixed;
import org.copact.round.RoundEvents.RoundCancelled;
import org.copact.round.RoundEvents.StakeholderReminded;
import org.copact.round.RoundEvents.StakeholderRemoved;
import org.copact.round.RoundService;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails that the facilitator's corrections of a running round send, each in the stakeholder's
 * language, after the correction committed: a failed mail is retried from the event publication
 * registry, and a mail of an occasion that went out is never sent again.
 */
@Component
class RoundChangeMails {

    static final String WITHDRAWAL_NOTICE = "withdrawal-notice";
    static final String CONTACT_CORRECTED = "contact-corrected";
    static final String ROUND_CANCELLED = "round-cancelled";
    static final String ROUND_CANCELLED_STAFF = "round-cancelled-staff";
    static final String TASK_REMINDER = "task-reminder";

    private final Participations participations;
    private final RoundService rounds;
    private final FacilitatorNotices notices;
    private final MessageSource messages;
    private final StakeholderMailSender sender;

    RoundChangeMails(Participations participations, RoundService rounds, FacilitatorNotices notices,
            MessageSource messages, StakeholderMailSender sender) {
        this.participations = participations;
        this.rounds = rounds;
        this.notices = notices;
        this.messages = messages;
        this.sender = sender;
    }

    /** Tells a stakeholder removed from a running round that their part in it ended; no link: it no longer works. */
    @ApplicationModuleListener
    void on(StakeholderRemoved removed) {
        if (removed.launched()) {
            ParticipationView participation = participations.participation(removed.participationId());
            send(participation, rounds.round(removed.roundId()), WITHDRAWAL_NOTICE, "", false,
                    removed.participationId() + "/" + removed.at().toEpochMilli());
        }
    }

    /** Sends the personal link again, to the corrected address; those sent to the old one were revoked. */
    @ApplicationModuleListener
    void on(ContactFixed fixed) {
        if (fixed.launched() && fixed.emailChanged()) {
            ParticipationView participation = participations.participation(fixed.participationId());
            send(participation, rounds.round(fixed.roundId()), CONTACT_CORRECTED, "", true,
                    fixed.participationId() + "/" + fixed.newEmail());
        }
    }

    /** Tells every stakeholder of a launched round, and the region's facilitators, that it was cancelled and why. */
    @ApplicationModuleListener
    void on(RoundCancelled cancelled) {
        Round round = rounds.round(cancelled.roundId());
        if (cancelled.launched()) {
            for (ParticipationView participation : participations.ofRound(round.id())) {
                send(participation, round, ROUND_CANCELLED, cancelled.reason(), false,
                        participation.id().toString());
            }
        }
        notices.tell(round, null, ROUND_CANCELLED_STAFF, round.id().toString(), round.title(), cancelled.reason(),
                cancelled.by());
    }

    /** The facilitator's "remind now" for one stakeholder: their open task named, with a fresh link. */
    @ApplicationModuleListener
    void on(StakeholderReminded reminded) {
        ParticipationView participation = participations.participation(reminded.participationId());
        Locale locale = participation.contact().language().locale();
        String task = messages.getMessage("task." + reminded.taskKey() + ".name", null, reminded.taskKey(), locale);
        send(participation, rounds.round(reminded.roundId()), TASK_REMINDER, task, true,
                reminded.participationId() + "/" + reminded.pressId());
    }

    private void send(ParticipationView participation, Round round, String kind, String detail, boolean withLink,
            String occasion) {
        sender.send(participation, round, kind, occasion, withLink, locale -> detail, locale -> "", List.of());
    }
}
