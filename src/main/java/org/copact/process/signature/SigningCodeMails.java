package org.copact.process.signature;

import java.util.Locale;
import org.copact.mail.MailOutbox;
import org.copact.mail.OutgoingMail;
import org.copact.mail.RoundMails;
import org.copact.pact.PactVersion;
import org.copact.round.Round;
import org.copact.round.RoundTimes;
import org.copact.signing.SigningCodeRefused;
import org.copact.signing.SigningCodes;
import org.copact.stakeholder.Contact;
import org.copact.stakeholder.ParticipationView;
import org.copact.tasks.CodeConfirmedStep;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails a one-time signing code to the signatory's address as it is at that moment, in their
 * language: one mail per code, with no personal link and no Reply-To that would take an answer,
 * since the code is worth something only to whoever also holds the link. The code leaves Copact
 * only in that mail; the database keeps its hash ({@link SigningCodes}).
 */
@Component
public class SigningCodeMails {

    static final String KIND = "signing-code";

    private final SigningCodes codes;
    private final MailOutbox outbox;
    private final MessageSource messages;

    private final RoundMails roundMails;

    SigningCodeMails(SigningCodes codes, MailOutbox outbox, MessageSource messages, RoundMails roundMails) {
        this.roundMails = roundMails;
        this.codes = codes;
        this.outbox = outbox;
        this.messages = messages;
    }

    /** Issues and mails the code in one transaction: a mail that could not go leaves no code behind. */
    @Transactional
    public CodeConfirmedStep.CodeSent send(String taskId, ParticipationView signatory, Round round, PactVersion version) {
        Contact contact = signatory.contact();
        SigningCodes.IssuedCode code = codes.issue(taskId, signatory.id(), contact.email());
        Locale locale = contact.language().locale();
        long minutes = codes.settings().validity().toMinutes();
        Object[] arguments = {contact.contactName(), contact.organisation(), round.title(), version.number(),
            code.code(), minutes, RoundTimes.format(code.expiresAt(), round.timeZone(), locale)};
        RoundMails.Text words = roundMails.write(round, KIND, locale, arguments);
        outbox.sendSecret(new OutgoingMail(KIND + "/" + code.id(), contact.email(), contact.contactName(),
                words.subject(), words.body(), KIND, round.id(), signatory.id(), false, java.util.List.of()));
        return new CodeConfirmedStep.CodeSent(masked(contact.email()), code.expiresAt(), minutes);
    }

    public long validMinutes() {
        return codes.settings().validity().toMinutes();
    }

    /** Why a code was refused or not sent, in the person's language, times in the round's zone. */
    public String explain(SigningCodeRefused refused, Round round, Locale locale) {
        String until = refused.until() == null ? "" : RoundTimes.format(refused.until(), round.timeZone(), locale);
        return messages.getMessage("signing.code." + refused.reason().name(), new Object[] {refused.triesLeft(),
            until, codes.settings().validity().toMinutes(), codes.settings().perHour()}, locale);
    }

    /** an address as the page shows where the code went: {@code an…@example.org} */
    static String masked(String email) {
        int at = email.indexOf('@');
        if (at < 0) {
            return "…";
        }
        return email.substring(0, Math.min(2, at)) + "…" + email.substring(at);
    }
}
