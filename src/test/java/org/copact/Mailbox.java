package org.copact;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what Copact sent through the embedded mail server: who got what, and the links in it. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("/s/[A-Za-z0-9_-]{20,}");

    private final GreenMail server;

    public Mailbox(GreenMail server) {
        this.server = server;
    }

    public List<MimeMessage> to(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
    }

    /** The personal link of the newest mail to this address. */
    public String latestLinkTo(String address) {
        List<MimeMessage> messages = to(address);
        if (messages.isEmpty()) {
            throw new AssertionError("no mail to " + address);
        }
        Matcher matcher = LINK.matcher(text(messages.get(messages.size() - 1)));
        if (!matcher.find()) {
            throw new AssertionError("no personal link in the mail to " + address);
        }
        return matcher.group();
    }

    /** The text/plain part, as a reader of plain-text mail sees it. */
    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    /** The text/html alternative. */
    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    private static String part(MimeMessage message, String type) {
        try {
            if (message.isMimeType(type)) {
                return (String) message.getContent();
            }
            String found = part((Multipart) message.getContent(), type);
            if (found == null) {
                throw new AssertionError("no " + type + " part in " + message.getSubject());
            }
            return found;
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first part of that type, at any depth (the alternatives of a mail with attachments are nested). */
    private static String part(Multipart parts, String type) throws IOException, MessagingException {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                String found = part((Multipart) part.getContent(), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(a -> a instanceof InternetAddress internet && internet.getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
