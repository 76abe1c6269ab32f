package org.copact.mail;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Properties;

/**
 * A stakeholder's mail client and a look into Copact's mailbox, both over the wire: SMTP to the
 * embedded server, to the addresses the message names (the server delivers reply+token addresses
 * to Copact's mailbox, as a real server's plus-addressing does), and IMAP to count what is left in
 * each folder.
 */
final class InboxClient {

    private final ImapSettings imap;
    private final Session smtp;

    InboxClient(ImapSettings imap, int smtpPort) {
        this.imap = imap;
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", imap.host());
        properties.setProperty("mail.smtp.port", String.valueOf(smtpPort));
        this.smtp = Session.getInstance(properties);
    }

    Session session() {
        return smtp;
    }

    /** A new message that keeps this Message-ID when sent, as a mail client that sends it twice does. */
    MimeMessage newMessage(String messageId) {
        return new MimeMessage(smtp) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
    }

    /**
     * Sends the message over SMTP to the addresses its headers name, as a mail client does (a reply
     * goes to the Reply-To of the mail it answers): the mail server decides whose mailbox it reaches.
     */
    void deliver(MimeMessage message) throws MessagingException {
        Transport.send(message);
    }

    /**
     * Sends the message to this envelope recipient whatever its headers name, as a server does that
     * forwards an alias (a region's own address) to Copact's mailbox: the headers keep the alias.
     */
    void deliverTo(MimeMessage message, String envelopeRecipient) throws MessagingException {
        Transport.send(message, new jakarta.mail.Address[] {new jakarta.mail.internet.InternetAddress(envelopeRecipient)});
    }

    /**
     * Puts the message straight into Copact's inbox already marked as read, as when somebody opened
     * the mailbox with a mail client before Copact polled it.
     */
    void deliverAlreadyRead(MimeMessage message) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(imap.host(), imap.port(), imap.username(), imap.password());
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                message.setFlag(jakarta.mail.Flags.Flag.SEEN, true);
                inbox.appendMessages(new jakarta.mail.Message[] {message});
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    /** Sends bytes as they are, however broken their MIME structure. */
    void deliverRaw(String raw) throws MessagingException {
        deliver(new MimeMessage(smtp, new ByteArrayInputStream(raw.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))) {
            @Override
            protected void updateHeaders() {
                // kept exactly as written
            }
        });
    }

    int count(String folderName) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(imap.host(), imap.port(), imap.username(), imap.password());
        try {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return 0;
            }
            folder.open(Folder.READ_ONLY);
            try {
                return folder.getMessageCount();
            } finally {
                folder.close(false);
            }
        } finally {
            store.close();
        }
    }
}
