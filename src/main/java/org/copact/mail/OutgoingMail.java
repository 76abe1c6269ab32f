package org.copact.mail;

import java.util.UUID;

/**
 * A mail to one person, already written in their language.
 *
 * @param key names the occasion (say {@code invitation/<participation>}): a mail whose key was
 *     sent once is never sent again, so a step that is retried after a later failure sends nothing twice
 * @param invitesReply a mail to a stakeholder carries a Reply-To that leads their answer back to
 *     their participation; a notice to staff does not
 */
public record OutgoingMail(String key, String toAddress, String toName, String subject, String text, String kind,
        UUID roundId, UUID participationId, boolean invitesReply) {

    /** A mail to the stakeholder of this participation, who may answer it by email. */
    public static OutgoingMail toStakeholder(String key, String toAddress, String toName, String subject, String text,
            String kind, UUID roundId, UUID participationId) {
        return new OutgoingMail(key, toAddress, toName, subject, text, kind, roundId, participationId, true);
    }

    /** A notice to a facilitator or administrator, about this participation. */
    public static OutgoingMail toStaff(String key, String toAddress, String toName, String subject, String text,
            String kind, UUID roundId, UUID participationId) {
        return new OutgoingMail(key, toAddress, toName, subject, text, kind, roundId, participationId, false);
    }
}
