package org.copact.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What Copact reads in a received message: who it is for, whether a machine wrote it, and its
 * text. Every method tolerates broken input: a header it cannot parse counts as absent.
 */
final class MailReading {

    static final int MAX_TEXT = 20_000;
    static final String UNDELIVERABLE = "undeliverable";
    private static final String[] RECIPIENT_HEADERS = {"To", "Cc", "Delivered-To", "X-Original-To"};
    private static final java.util.regex.Pattern MESSAGE_ID = java.util.regex.Pattern.compile("<[^<>\\s]{1,498}>");
    private static final int THREAD_IDS = 10;
    private static final Set<String> AUTOMATIC_PRECEDENCE = Set.of("auto_reply", "bulk", "junk", "list");

    private MailReading() {
    }

    /** Every address the message was sent to, as written in its headers (plus-addressing kept). */
    static List<String> recipients(MimeMessage message) {
        List<String> addresses = new ArrayList<>();
        for (String name : RECIPIENT_HEADERS) {
            for (String value : headers(message, name)) {
                try {
                    for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                        addresses.add(address.getAddress());
                    }
                } catch (AddressException e) {
                    // an unparseable recipient cannot carry a token Copact issued
                }
            }
        }
        return addresses;
    }

    /** An out-of-office or other automatic answer (RFC 3834 and the headers common mailers add). */
    static boolean isAutomaticReply(MimeMessage message) {
        for (String value : headers(message, "Auto-Submitted")) {
            if (!value.trim().toLowerCase(Locale.ROOT).startsWith("no")) {
                return true;
            }
        }
        for (String value : headers(message, "Precedence")) {
            if (AUTOMATIC_PRECEDENCE.contains(value.trim().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return headers(message, "X-Autoreply").length > 0 || headers(message, "X-Autorespond").length > 0;
    }

    /** A delivery status notification (RFC 3464): the mail Copact sent did not arrive. */
    static boolean isBounce(MimeMessage message) {
        try {
            ContentType type = new ContentType(message.getContentType());
            return type.match("multipart/report")
                    && "delivery-status".equalsIgnoreCase(type.getParameter("report-type"));
        } catch (MessagingException e) {
            return false;
        }
    }

    static String from(MimeMessage message) {
        try {
            return message.getFrom() == null || message.getFrom().length == 0 ? null
                    : clip(message.getFrom()[0] instanceof InternetAddress address ? address.toUnicodeString()
                            : message.getFrom()[0].toString(), 500);
        } catch (MessagingException e) {
            return clip(String.join(", ", headers(message, "From")), 500);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return clip(message.getSubject(), 1000);
        } catch (MessagingException e) {
            return null;
        }
    }

    /** The first text/plain part, or the text of the first HTML part; at most {@link #MAX_TEXT} characters. */
    static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return clip(String.valueOf(part.getContent()), MAX_TEXT);
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
                    continue;
                }
                if (child.isMimeType("text/html") && html == null) {
                    html = text(child);
                    continue;
                }
                String text = text(child);
                if (text != null) {
                    return text;
                }
            }
            return html;
        }
        if (part.isMimeType("text/html")) {
            return clip(HtmlText.of(String.valueOf(part.getContent())), MAX_TEXT);
        }
        return null;
    }

    /**
     * The files of a message: parts marked as attachments or carrying a file name; not the images an
     * HTML body shows from inside the message (a logo, a tracking pixel: parts of a multipart/related
     * with a Content-ID that are not marked as attachments), which are no documents of the round.
     */
    static List<Attachment> attachments(Part part, long maxBytes) throws MessagingException, IOException {
        List<Attachment> found = new ArrayList<>();
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            boolean related = part.isMimeType("multipart/related");
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                if (!(related && isEmbeddedImage(child))) {
                    found.addAll(attachments(child, maxBytes));
                }
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            try (java.io.InputStream in = part.getInputStream()) {
                found.add(new Attachment(fileName(part), in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1))));
            }
        }
        return found;
    }

    private static boolean isEmbeddedImage(BodyPart part) throws MessagingException {
        return part.isMimeType("image/*") && part.getHeader("Content-ID") != null
                && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
    }

    /** RFC 2231 names are decoded by Jakarta Mail; RFC 2047 words in a name, which many mailers write, here. */
    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name != null && name.contains("=?")) {
            try {
                return jakarta.mail.internet.MimeUtility.decodeText(name);
            } catch (java.io.UnsupportedEncodingException e) {
                return name;
            }
        }
        return name;
    }

    record Attachment(String fileName, byte[] content) {
    }

    /**
     * The Message-IDs of the mails a reply answers, as its client wrote them: In-Reply-To first, then
     * References from the newest (RFC 5322 section 3.6.4); a few only, so a forged list costs nothing.
     */
    static List<String> threadIds(MimeMessage message) {
        List<String> ids = new ArrayList<>();
        for (String name : List.of("In-Reply-To", "References")) {
            List<String> found = new ArrayList<>();
            for (String value : headers(message, name)) {
                java.util.regex.Matcher id = MESSAGE_ID.matcher(value);
                while (id.find()) {
                    found.add(id.group());
                }
            }
            java.util.Collections.reverse(found);
            ids.addAll(found);
        }
        return ids.stream().distinct().limit(THREAD_IDS).toList();
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String[] headers(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? new String[0] : values;
        } catch (MessagingException e) {
            return new String[0];
        }
    }
}
