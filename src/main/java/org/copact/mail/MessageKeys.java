package org.copact.mail;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeUtility;
import java.util.Optional;
import org.copact.common.Sha256;

/**
 * The key under which a received message is recorded once ({@code inbound_mail.message_id}),
 * computed in this one place whichever way the message is taken in, so that every node and every
 * path name the same message alike.
 */
final class MessageKeys {

    /** The width of the column. */
    static final int MAX_LENGTH = 1000;

    private MessageKeys() {
    }

    /**
     * The Message-ID as written (unfolded, trimmed); one too long for the column keeps its start and
     * ends with the SHA-256 of the whole, so that two long ids that begin alike stay two messages.
     */
    static Optional<String> ofMessageId(String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        String id = MimeUtility.unfold(messageId).trim();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (id.length() <= MAX_LENGTH) {
            return Optional.of(id);
        }
        String suffix = "…sha256:" + Sha256.hex(id);
        return Optional.of(id.substring(0, MAX_LENGTH - suffix.length()) + suffix);
    }

    /**
     * A message that is set aside without being read whole (too large, unreadable, failed): its
     * Message-ID as the server gives it, without the NUL characters no database column takes, else
     * its place in the mailbox.
     */
    static Optional<String> of(Message message) {
        String messageId = null;
        try {
            String[] ids = message == null ? null : message.getHeader("Message-ID");
            messageId = ids == null || ids.length == 0 ? null : ids[0].replace("\u0000", "");
        } catch (MessagingException | RuntimeException e) {
            // named by its place, if it has one
        }
        return ofMessageId(messageId).or(() -> ofPlace(message));
    }

    /** A message without a Message-ID: named by the SHA-256 of its bytes. */
    static String ofContent(String rawSha256) {
        return "sha256:" + rawSha256;
    }

    /**
     * A message that cannot be read: named by its place in the mailbox (folder, UIDVALIDITY and
     * UID), which every node connected to that mailbox sees alike.
     */
    static Optional<String> ofPlace(Message message) {
        try {
            Folder folder = message == null ? null : message.getFolder();
            if (folder instanceof UIDFolder uids) {
                return Optional.of("imap:" + folder.getFullName() + ':' + uids.getUIDValidity() + ':'
                        + uids.getUID(message));
            }
        } catch (MessagingException | RuntimeException e) {
            // a message that cannot even be placed is named by the caller
        }
        return Optional.empty();
    }
}
