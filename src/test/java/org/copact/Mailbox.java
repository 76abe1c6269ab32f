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
    /** a signing code stands on a line of its own in its mail */
    private static final Pattern SIGNING_CODE = Pattern.compile("(?m)^\\s*([0-9]{6})\\s*$");

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

    /** The signing mails (one per code asked for) this address got, oldest first. */
    public List<MimeMessage> signingCodeMailsTo(String address) {
        return to(address).stream().filter(m -> "signing-code".equals(header(m, "X-Copact-Kind"))).toList();
    }

    /**
     * The one-time code of the newest signing-code mail to this address, read from its text as the
     * signatory reads it, waiting until there are at least {@code mailsExpected} of them.
     */
    public String signingCodeTo(String address, int mailsExpected) {
        List<MimeMessage> mails = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> signingCodeMailsTo(address), found -> found.size() >= mailsExpected);
        Matcher matcher = SIGNING_CODE.matcher(text(mails.get(mails.size() - 1)));
        if (!matcher.find()) {
            throw new AssertionError("no code in the signing-code mail to " + address);
        }
        return matcher.group(1);
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
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
