package org.copact.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A mail to one person, already written in their language.
 *
 * @param key names the occasion (say {@code invitation/<participation>}): a mail whose key was
 *     sent once is never sent again, so a step that is retried after a later failure sends nothing twice
 * @param invitesReply a mail to a stakeholder carries a Reply-To that leads their answer back to
 *     their participation; a notice to staff does not
 * @param attachments files sent with it (most mails have none)
 */
public record OutgoingMail(String key, String toAddress, String toName, String subject, String text, String kind,
        UUID roundId, UUID participationId, boolean invitesReply, List<Attachment> attachments) {

    public OutgoingMail {
        attachments = List.copyOf(attachments);
    }

    /** A file sent with the mail. */
    public record Attachment(String fileName, String mediaType, byte[] content) {
    }

    /** The same mail with this file attached. */
    public OutgoingMail with(Attachment attachment) {
        List<Attachment> more = new ArrayList<>(attachments);
        more.add(attachment);
        return new OutgoingMail(key, toAddress, toName, subject, text, kind, roundId, participationId, invitesReply,
                more);
    }

    /** A mail to the stakeholder of this participation, who may answer it by email. */
    public static OutgoingMail toStakeholder(String key, String toAddress, String toName, String subject, String text,
            String kind, UUID roundId, UUID participationId) {
        return new OutgoingMail(key, toAddress, toName, subject, text, kind, roundId, participationId, true, List.of());
    }

    /** A notice to a facilitator or administrator, about this participation. */
    public static OutgoingMail toStaff(String key, String toAddress, String toName, String subject, String text,
            String kind, UUID roundId, UUID participationId) {
        return new OutgoingMail(key, toAddress, toName, subject, text, kind, roundId, participationId, false, List.of());
    }
}
