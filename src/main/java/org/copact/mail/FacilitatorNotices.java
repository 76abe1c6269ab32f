package org.copact.mail;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.copact.identity.StaffAccounts;
import org.copact.round.Round;
import org.springframework.stereotype.Service;

/**
 * The one place that tells the facilitators of a round's region something: each of them gets the
 * mail once per occasion, in their own language if their account has one, else the round's, so
 * that a step or listener that is retried tells nobody twice. For a round whose facilitators chose
 * the daily digest, the notice waits for the day's digest instead ({@link FacilitatorDigests}).
 */
@Service
public class FacilitatorNotices {

    private final StaffAccounts accounts;
    private final MailOutbox outbox;
    private final RoundMails mails;
    private final NoticePreferences preferences;
    private final FacilitatorDigests digests;

    FacilitatorNotices(StaffAccounts accounts, MailOutbox outbox, RoundMails mails, NoticePreferences preferences,
            FacilitatorDigests digests) {
        this.accounts = accounts;
        this.outbox = outbox;
        this.mails = mails;
        this.preferences = preferences;
        this.digests = digests;
    }

    /** An argument written in the language of each facilitator it goes to (a date, a stage's name). */
    @FunctionalInterface
    public interface PerLanguage {
        Object in(Locale locale);
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
        boolean digest = preferences.of(round.id()) == NoticePreferences.Mode.DAILY_DIGEST;
        RoundMails.Sender sender = mails.senderOf(round);
        for (StaffAccounts.Contact facilitator : facilitators) {
            Locale locale = (facilitator.language() == null ? round.defaultLanguage() : facilitator.language())
                    .locale();
            Object[] withName = new Object[arguments.length + 1];
            withName[0] = facilitator.name();
            for (int i = 0; i < arguments.length; i++) {
                withName[i + 1] = arguments[i] instanceof PerLanguage text ? text.in(locale) : arguments[i];
            }
            String key = kind + "/" + occasion + "/" + facilitator.email();
            RoundMails.Text words = mails.write(sender, kind, locale, withName);
            if (digest) {
                digests.hold(key, round.id(), facilitator, locale, words.subject(), words.body());
            } else {
                outbox.send(OutgoingMail.toStaff(key, facilitator.email(), facilitator.name(), words.subject(),
                        words.body(), kind, round.id(), participationId));
            }
        }
        return facilitators.size();
    }
}
