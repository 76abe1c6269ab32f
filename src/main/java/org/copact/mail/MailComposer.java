package org.copact.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.springframework.stereotype.Component;

/**
 * Writes an {@link OutgoingMail} as a MIME message: text and HTML as alternatives, UTF-8
 * throughout, names and subjects in any script encoded in the headers as RFC 2047 requires, and the
 * mail's own bounce address as its envelope sender.
 */
@Component
class MailComposer {

    static final String HEADER_KIND = "X-Copact-Kind";
    static final String HEADER_ROUND = "X-Copact-Round";
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Session session = Session.getInstance(new Properties());
    private final InternetAddress from;
    private final ReplyAddress replyAddress;
    private final BounceAddress bounceAddress;

    MailComposer(MailProperties mail, ReplyAddress replyAddress, BounceAddress bounceAddress)
            throws MessagingException {
        this.from = new InternetAddress(mail.from(), true);
        this.replyAddress = replyAddress;
        this.bounceAddress = bounceAddress;
    }

    MimeMessage compose(OutgoingMail mail, String replyToken, String bounceToken)
            throws MessagingException, UnsupportedEncodingException {
        FixedIdMimeMessage message = new FixedIdMimeMessage(session,
                "<" + UUID.randomUUID() + "@" + domainOf(from) + ">");
        if (bounceToken != null) {
            // SMTP MAIL FROM; the server writes it as the Return-Path of the mail it delivers
            message.setEnvelopeFrom(bounceAddress.address(bounceToken));
        }
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.toAddress(), mail.toName(), UTF_8));
        if (replyToken != null) {
            message.setReplyTo(new InternetAddress[] {new InternetAddress(replyAddress.address(replyToken))});
        }
        message.setSubject(mail.subject(), UTF_8);
        message.setContent(mail.attachments().isEmpty() ? alternatives(mail.text()) : withAttachments(mail));
        message.setSentDate(new Date());
        message.setHeader(HEADER_KIND, mail.kind());
        if (mail.roundId() != null) {
            message.setHeader(HEADER_ROUND, mail.roundId().toString());
        }
        message.saveChanges();
        return message;
    }

    private static MimeMultipart alternatives(String text) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(MailHtml.of(text), UTF_8, "html");
        // the richest alternative comes last (RFC 2046 5.1.4)
        return new MimeMultipart("alternative", plain, html);
    }

    /** The text's alternatives, then each file, in a multipart/mixed (RFC 2046 5.1.3). */
    private static MimeMultipart withAttachments(OutgoingMail mail) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setContent(alternatives(mail.text()));
        MimeMultipart mixed = new MimeMultipart("mixed", text);
        for (OutgoingMail.Attachment attachment : mail.attachments()) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new jakarta.activation.DataHandler(
                    new jakarta.mail.util.ByteArrayDataSource(attachment.content(), attachment.mediaType())));
            file.setFileName(attachment.fileName());
            file.setDisposition(jakarta.mail.Part.ATTACHMENT);
            mixed.addBodyPart(file);
        }
        return mixed;
    }

    private static String domainOf(InternetAddress address) {
        return address.getAddress().substring(address.getAddress().indexOf('@') + 1);
    }

    /**
     * Keeps the Message-ID it was made with: the SMTP component saves the message again before
     * sending, and the ID Copact records must be the one the recipient sees.
     */
    private static final class FixedIdMimeMessage extends SMTPMessage {

        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
