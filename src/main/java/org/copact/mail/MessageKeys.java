package org.copact.mail;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    /**
     * The headers its author's client wrote (RFC 5322 originator, destination and identification
     * fields, and the MIME structure): a server delivering the message again adds trace headers
     * (Received, Return-Path, Delivered-To, its spam verdicts) but changes none of these.
     */
    private static final List<String> AUTHORED = List.of("Message-ID", "From", "Sender", "Reply-To", "To", "Cc",
            "Date", "Subject", "In-Reply-To", "References", "MIME-Version", "Content-Type",
            "Content-Transfer-Encoding");

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

    /**
     * What tells this message from another that carries the same Message-ID, and is the same for
     * each delivery of this one: the SHA-256 of its authored headers and its body (line ends made
     * alike), never of the trace headers each delivery adds. {@code raw} null: a message set aside
     * unread, named by its headers alone.
     */
    static String fingerprint(Part headers, byte[] raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String name : AUTHORED) {
            String[] values = null;
            try {
                values = headers == null ? null : headers.getHeader(name);
            } catch (MessagingException | RuntimeException e) {
                // a header that cannot be read counts as absent, on every delivery alike
            }
            bytes.writeBytes((name + ":").getBytes(StandardCharsets.UTF_8));
            for (String value : values == null ? new String[0] : values) {
                bytes.writeBytes(MimeUtility.unfold(value).trim().getBytes(StandardCharsets.UTF_8));
                bytes.write('\n');
            }
        }
        if (raw != null) {
            bytes.write(0);
            bytes.writeBytes(withoutCarriageReturns(body(raw)));
        }
        return Sha256.hex(bytes.toByteArray());
    }

    /**
     * The key of a message that reuses the Message-ID of another one Copact recorded: the id with
     * its fingerprint, within the column's width.
     */
    static String ofReusedId(String messageKey, String fingerprint) {
        String suffix = " fingerprint:" + fingerprint;
        String id = messageKey.length() + suffix.length() <= MAX_LENGTH ? messageKey
                : messageKey.substring(0, MAX_LENGTH - suffix.length());
        return id + suffix;
    }

    private static byte[] body(byte[] raw) {
        for (int i = 0; i + 1 < raw.length; i++) {
            boolean blankLineFollows = raw[i + 1] == '\n'
                    || raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n';
            if (raw[i] == '\n' && blankLineFollows) {
                return java.util.Arrays.copyOfRange(raw, i + 1, raw.length);
            }
        }
        return new byte[0];
    }

    private static byte[] withoutCarriageReturns(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (byte b : bytes) {
            if (b != '\r') {
                out.write(b);
            }
        }
        return out.toByteArray();
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
