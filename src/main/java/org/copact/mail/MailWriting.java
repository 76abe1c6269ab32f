package org.copact.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.copact.common.Sha256;
import org.copact.mail.MailAttempts.Attempt;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.springframework.stereotype.Component;

/**
 * Turns an {@link OutgoingMail} into the bytes that leave (with new reply and bounce tokens), and
 * those bytes back into the message the SMTP component sends, unchanged: the same Message-ID, Date
 * and link on every attempt.
 */
@Component
class MailWriting {

    private final Session session = Session.getInstance(new Properties());
    private final MailComposer composer;
    private final BounceAddress bounceAddress;

    MailWriting(MailComposer composer, BounceAddress bounceAddress) {
        this.composer = composer;
        this.bounceAddress = bounceAddress;
    }

    Attempt write(OutgoingMail mail) {
        String replyToken = mail.invitesReply() ? ReplyAddress.newToken() : null;
        String bounceToken = BounceAddress.newToken();
        try {
            MimeMessage message = composer.compose(mail, replyToken, bounceToken);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            return new Attempt(mail.key(), mail.roundId(), mail.participationId(), mail.kind(), mail.toAddress(),
                    message.getMessageID(), replyToken == null ? null : Sha256.hex(replyToken),
                    Sha256.hex(bounceToken), bounceAddress.address(bounceToken), bytes.toByteArray());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("The mail " + mail.key() + " could not be written", e);
        }
    }

    MimeMessage message(Attempt attempt) {
        try {
            KeptMessage message = new KeptMessage(session, new ByteArrayInputStream(attempt.message()));
            // SMTP MAIL FROM; the server writes it as the Return-Path of the mail it delivers
            message.setEnvelopeFrom(attempt.envelopeFrom());
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("The kept mail " + attempt.key() + " could not be read", e);
        }
    }

    /**
     * Keeps the Message-ID it was written with: the SMTP component saves the message again before
     * sending, and the ID Copact recorded must be the one the recipient sees.
     */
    private static final class KeptMessage extends SMTPMessage {

        KeptMessage(Session session, InputStream in) throws MessagingException {
            super(session, in);
        }

        @Override
        protected void updateMessageID() {
            // the parsed Message-ID header stays
        }
    }
}
