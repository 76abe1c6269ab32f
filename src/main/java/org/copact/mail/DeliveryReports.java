package org.copact.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.copact.common.Sha256;
import org.eclipse.angus.mail.dsn.DeliveryStatus;
import org.eclipse.angus.mail.dsn.MultipartReport;
import org.springframework.stereotype.Component;

/**
 * What a delivery status notification (RFC 3464) says, read with Angus Mail's DSN support, and which
 * mail of Copact it is about. Servers send it to the envelope sender, so it is matched first by the
 * token of the {@link BounceAddress} (or of the {@link ReplyAddress}) it came to, else by the
 * Message-ID of the mail it returns (or its Original-Envelope-Id), else by the address it failed at.
 * Only a mail to a stakeholder counts: a notice to staff that bounced says nothing of their address.
 */
@Component
class DeliveryReports {

    private final SentMails sentMails;
    private final BounceAddress bounceAddress;
    private final ReplyAddress replyAddress;

    DeliveryReports(SentMails sentMails, BounceAddress bounceAddress, ReplyAddress replyAddress) {
        this.sentMails = sentMails;
        this.bounceAddress = bounceAddress;
        this.replyAddress = replyAddress;
    }

    /** The report, and the stakeholder whose mail it is about if it can be told (else null). */
    Report read(MimeMessage message) {
        Status status = status(message);
        List<String> to = MailReading.recipients(message);
        Optional<SentMails.Addressee> addressee = first(to, address -> bounceAddress.tokenOf(address)
                .flatMap(token -> sentMails.addresseeOfBounce(Sha256.hex(token))))
                .or(() -> first(to, address -> replyAddress.tokenOf(address)
                        .flatMap(token -> sentMails.addresseeOf(Sha256.hex(token)))))
                .or(() -> first(status.messageIds(), sentMails::addresseeOfMessage))
                .or(() -> first(status.recipients(), sentMails::lastAddresseeAt));
        return new Report(status.failed(), status.description(), addressee.orElse(null));
    }

    private static <T> Optional<T> first(List<String> keys, Function<String, Optional<T>> lookup) {
        return keys.stream().map(lookup).flatMap(Optional::stream).findFirst();
    }

    /**
     * Whether the report says a mail was not delivered (a recipient whose action is {@code failed},
     * or a report that cannot be read, which still says the mail did not arrive) or only that it is
     * delayed, relayed or delivered; with the reporting server's status and diagnostic.
     */
    static Status status(MimeMessage message) {
        List<String> messageIds = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        DeliveryStatus report = null;
        try {
            report = deliveryStatus(message);
            returnedMessage(message).ifPresent(returned -> {
                messageIds.add(messageId(returned));
                recipients.addAll(MailReading.recipients(returned));
            });
        } catch (IOException | MessagingException | RuntimeException e) {
            // what could be read is used; a report that cannot be read says the mail did not arrive
        }
        if (report == null) {
            return new Status(true, MailReading.UNDELIVERABLE, messageIds.stream().filter(id -> id != null).toList(),
                    recipients);
        }
        messageIds.addAll(0, envelopeIds(report.getMessageDSN()));
        InternetHeaders failed = null;
        InternetHeaders first = null;
        List<String> reported = new ArrayList<>();
        for (int i = 0; i < report.getRecipientDSNCount(); i++) {
            InternetHeaders recipient = report.getRecipientDSN(i);
            first = first == null ? recipient : first;
            String action = field(recipient, "Action");
            if (failed == null && (action == null || action.toLowerCase(Locale.ROOT).startsWith("failed"))) {
                failed = recipient;
            }
            Stream.of(field(recipient, "Original-Recipient"), field(recipient, "Final-Recipient"))
                    .map(DeliveryReports::address).flatMap(Optional::stream).forEach(reported::add);
        }
        recipients.addAll(0, reported);
        List<String> ids = messageIds.stream().filter(id -> id != null && !id.isBlank()).toList();
        if (failed != null || first == null) {
            return new Status(true, describe(MailReading.UNDELIVERABLE, failed), ids, recipients);
        }
        String action = field(first, "Action").trim().toLowerCase(Locale.ROOT);
        return new Status(false, describe(action, first), ids, recipients);
    }

    private static DeliveryStatus deliveryStatus(MimeMessage message) throws MessagingException, IOException {
        if (message.getContent() instanceof MultipartReport report
                && report.getReport() instanceof DeliveryStatus status) {
            return status;
        }
        // a report whose parts are not in the order RFC 3462 asks for: its delivery-status part, wherever it is
        Part part = find(message, "message/delivery-status");
        if (part == null) {
            return null;
        }
        if (part.getContent() instanceof DeliveryStatus status) {
            return status;
        }
        try (InputStream in = part.getInputStream()) {
            return new DeliveryStatus(in);
        }
    }

    private static Optional<MimeMessage> returnedMessage(MimeMessage message) throws MessagingException, IOException {
        if (message.getContent() instanceof MultipartReport report && report.getReturnedMessage() != null) {
            return Optional.of(report.getReturnedMessage());
        }
        for (String type : new String[] {"message/rfc822", "text/rfc822-headers"}) {
            Part part = find(message, type);
            if (part != null && part.getContent() instanceof MimeMessage returned) {
                return Optional.of(returned);
            }
        }
        return Optional.empty();
    }

    private static Part find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return part;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                Part found = child.isMimeType("multipart/*") || child.isMimeType(type) ? find(child, type) : null;
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String messageId(MimeMessage returned) {
        try {
            return MessageKeys.ofMessageId(returned.getMessageID()).orElse(null);
        } catch (MessagingException e) {
            return null;
        }
    }

    /** The envelope id, as written and as a Message-ID in angle brackets (Copact sends none of its own). */
    private static List<String> envelopeIds(InternetHeaders perMessage) {
        String id = field(perMessage, "Original-Envelope-Id");
        if (id == null || id.isBlank()) {
            return List.of();
        }
        String trimmed = id.trim();
        return trimmed.startsWith("<") ? List.of(trimmed) : List.of(trimmed, "<" + trimmed + ">");
    }

    /** The address of an {@code rfc822; address} field. */
    private static Optional<String> address(String field) {
        if (field == null || !field.contains(";")) {
            return Optional.empty();
        }
        String type = field.substring(0, field.indexOf(';')).trim();
        String address = field.substring(field.indexOf(';') + 1).trim();
        if (!type.equalsIgnoreCase("rfc822") || address.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new InternetAddress(address, false).getAddress());
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }

    private static String describe(String what, InternetHeaders recipient) {
        String status = field(recipient, "Status");
        String diagnostic = field(recipient, "Diagnostic-Code");
        if (status == null && diagnostic == null) {
            return what;
        }
        return MailReading.clip(what + " (" + (status == null ? "" : "status " + status.trim())
                + (status != null && diagnostic != null ? ", " : "") + (diagnostic == null ? "" : diagnostic.trim())
                + ")", 500);
    }

    private static String field(InternetHeaders headers, String name) {
        String value = headers == null ? null : headers.getHeader(name, " ");
        return value == null ? null : jakarta.mail.internet.MimeUtility.unfold(value).trim();
    }

    /** What the report says. */
    record Status(boolean failed, String description, List<String> messageIds, List<String> recipients) {
    }

    /**
     * @param failed the mail was not delivered (else it is only delayed, or was relayed or delivered)
     * @param addressee the stakeholder whose mail it is about; null if no mail of Copact's can be told
     */
    record Report(boolean failed, String description, SentMails.Addressee addressee) {
    }
}
