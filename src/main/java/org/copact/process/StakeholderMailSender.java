package org.copact.process;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.copact.identity.StakeholderLinks;
import org.copact.mail.MailOutbox;
import org.copact.mail.OutgoingMail;
import org.copact.mail.RoundMails;
import org.copact.round.Round;
import org.copact.stakeholder.Contact;
import org.copact.stakeholder.ParticipationView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one way a round's mail goes to one of its stakeholders, for the stages' mails
 * ({@link StakeholderMails}) and for the facilitator's corrections ({@link RoundChangeMails}): in the
 * stakeholder's language, in the round's words ({@link RoundMails}), once per occasion.
 */
@Component
class StakeholderMailSender {

    private final StakeholderLinks links;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final RoundMails roundMails;

    StakeholderMailSender(StakeholderLinks links, MailOutbox outbox, MessageSource messages, RoundMails roundMails) {
        this.links = links;
        this.outbox = outbox;
        this.messages = messages;
        this.roundMails = roundMails;
    }

    /**
     * Sends unless the mail of this occasion went out before. The personal link, where the mail has one
     * ({@code withLink}; else its {4} is empty), is made once per occasion, committed with the mail the
     * outbox keeps before it leaves, so a retry sends the same link. detail is the mail's {3}, note its {5}.
     */
    void send(ParticipationView participation, Round round, String kind, String occasion, boolean withLink,
            Function<Locale, String> detail, Function<Locale, String> note, List<OutgoingMail.Attachment> attachments) {
        String key = kind + "/" + occasion;
        if (outbox.hasSent(key)) {
            return;
        }
        Contact stakeholder = participation.contact();
        Locale locale = stakeholder.language().locale();
        // read in the caller's transaction, which may hold what the mail speaks of uncommitted
        RoundMails.Sender sender = roundMails.senderOf(round);
        String detailText = detail.apply(locale);
        String noteText = note.apply(locale);
        outbox.send(key, () -> {
            String link = withLink ? links.issue(participation.id(), round.id()) : "";
            Object[] arguments = {stakeholder.contactName(), stakeholder.organisation(), round.title(), detailText,
                    link, noteText};
            RoundMails.Text words = RoundMails.write(messages, sender, kind, locale, arguments);
            OutgoingMail mail = OutgoingMail.toStakeholder(key, stakeholder.email(), stakeholder.contactName(),
                    words.subject(), words.body(), kind, round.id(), participation.id());
            for (OutgoingMail.Attachment attachment : attachments) {
                mail = mail.with(attachment);
            }
            return mail;
        });
    }
}
