package org.copact.process;

import org.copact.mail.MailEvents.AttachmentsRefused;
import org.copact.mail.MailEvents.MailTooLarge;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What Copact did not take of a stakeholder's mail is told to them, in their language, with the way
 * to send it again. {@link ApplicationModuleListener}s: the mail talks to the SMTP server, which may
 * be away; a notice that failed is resubmitted, never lost, and sent once per mail.
 */
@Component
class RefusedMails {

    private final StakeholderMails mails;

    RefusedMails(StakeholderMails mails) {
        this.mails = mails;
    }

    @ApplicationModuleListener
    void tellTooLarge(MailTooLarge mail) {
        mails.noticeTooLarge(mail.participationId(), mail.inboundMailId(), mail.maxBytes());
    }

    @ApplicationModuleListener
    void tellRefused(AttachmentsRefused refused) {
        mails.noticeAttachmentsRefused(refused.participationId(), refused.inboundMailId(), refused.files());
    }
}
