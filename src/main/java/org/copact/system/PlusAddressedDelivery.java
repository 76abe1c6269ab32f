package org.copact.system;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import jakarta.mail.MessagingException;
import java.util.Locale;

/**
 * Plus-addressing for the embedded mail server, as real servers do it: a mail to
 * {@code reply+<token>@<reply domain>} (the Reply-To of every mail Copact sends to a stakeholder)
 * or to {@code bounce+<token>@<reply domain>} (the envelope sender of every mail Copact sends, where
 * servers send their delivery status notifications) lands in Copact's mailbox. GreenMail alone would file it in a new mailbox of that name, where
 * Copact never looks. Any other address is delivered as GreenMail does.
 */
final class PlusAddressedDelivery implements MessageDeliveryHandler {

    private static final String[] TAGGED = {"reply+", "bounce+"};

    private final UserManager users;
    private final MessageDeliveryHandler otherwise;
    private final String inbox;
    private final String domain;

    PlusAddressedDelivery(UserManager users, String inbox, String replyDomain) {
        this.users = users;
        this.otherwise = users.getMessageDeliveryHandler();
        this.inbox = inbox;
        this.domain = replyDomain.toLowerCase(Locale.ROOT);
    }

    static void install(UserManager users, String inbox, String replyDomain) {
        users.setMessageDeliveryHandler(new PlusAddressedDelivery(users, inbox, replyDomain));
    }

    @Override
    public GreenMailUser handle(MovingMessage message, MailAddress address) throws MessagingException, UserException {
        if (isCopacts(address)) {
            return users.getUserByEmail(inbox);
        }
        return otherwise.handle(message, address);
    }

    private boolean isCopacts(MailAddress address) {
        String user = address.getUser() == null ? "" : address.getUser().toLowerCase(Locale.ROOT);
        String host = address.getHost() == null ? "" : address.getHost().toLowerCase(Locale.ROOT);
        if (!host.equals(domain)) {
            return false;
        }
        for (String tag : TAGGED) {
            if (user.startsWith(tag)) {
                return true;
            }
        }
        return false;
    }
}
