package org.copact.mail;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.copact.identity.StaffAccounts;
import org.copact.round.Round;
import org.springframework.stereotype.Service;

/**
 * The one place that tells the facilitators of a round's region something: each of them gets the
 * mail once per occasion, in their profile language (else the round's), so that a step or listener that is retried
 * tells nobody twice.
 */
@Service
public class FacilitatorNotices {

    private final StaffAccounts accounts;
    private final MailOutbox outbox;
    private final RoundMails mails;

    FacilitatorNotices(StaffAccounts accounts, MailOutbox outbox, RoundMails mails) {
        this.accounts = accounts;
        this.outbox = outbox;
        this.mails = mails;
    }

    /**
     * Sends the {@code mail.<kind>.subject} and {@code .body} messages, whose argument {0} is the
     * facilitator's name and the following ones are {@code arguments}, to every facilitator of the
     * round's region; the occasion (a bounce's mail, a decline) keys the mail with the kind and the
     * facilitator's address. An SMTP failure is thrown, to be retried. Returns how many facilitators
     * there are.
     */
    public int tell(Round round, UUID participationId, String kind, String occasion, Object... arguments) {
        List<StaffAccounts.Contact> facilitators = accounts.facilitatorsOf(round.regionId());
        RoundMails.Sender sender = mails.senderOf(round);
        for (StaffAccounts.Contact facilitator : facilitators) {
            Object[] withName = new Object[arguments.length + 1];
            withName[0] = facilitator.name();
            System.arraycopy(arguments, 0, withName, 1, arguments.length);
            Locale locale = (facilitator.language() == null ? round.defaultLanguage() : facilitator.language()).locale();
            RoundMails.Text words = mails.write(sender, kind, locale, withName);
            outbox.send(OutgoingMail.toStaff(kind + "/" + occasion + "/" + facilitator.email(), facilitator.email(),
                    facilitator.name(), words.subject(), words.body(), kind, round.id(), participationId));
        }
        return facilitators.size();
    }
}
