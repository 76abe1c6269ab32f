package org.copact.intake;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes an {@link OutgoingMail} as a MIME message: UTF-8 throughout, names with diacritics or in
 * Greek and Cyrillic encoded in the headers as RFC 2047 requires.
 */
@Component
class MailComposer {

    static final String HEADER_KIND = "X-Copact-Kind";
    static final String HEADER_ROUND = "X-Copact-Round";

    private final Session session = Session.getInstance(new Properties());
    private final InternetAddress from;

    MailComposer(@Value("${copact.mail.from}") String from) throws MessagingException {
        this.from = new InternetAddress(from, true);
    }

    MimeMessage compose(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO,
                new InternetAddress(mail.toAddress(), mail.toName(), StandardCharsets.UTF_8.name()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.text(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader(HEADER_KIND, mail.kind());
        if (mail.roundId() != null) {
            message.setHeader(HEADER_ROUND, mail.roundId().toString());
        }
        message.saveChanges();
        return message;
    }
}
