package org.copact.mail;

import jakarta.mail.FetchProfile;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.camel.component.mail.DefaultMailUidGenerator;
import org.apache.camel.component.mail.MailEndpoint;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The key Camel gives each message it polls (its Message-ID, as Camel's default does), and the
 * moment to fetch, in one IMAP command for this message and the next ones of the poll, what Camel
 * and {@link InboundMails} then ask of each: its flags, its envelope (with its size and date) and
 * its headers. Asked one by one, each is a round trip per message, and round trips are most of
 * what a message costs (profiled with {@code MailIntakeBenchmark}). Only that is fetched, never a
 * body: a message is read whole once, by {@link InboundMails}, after its size was checked (one too
 * large is quarantined from these headers alone, its body never fetched). Nothing
 * is decided here: a message not fetched ahead is read as before, one question at a time.
 */
@Component(ImapPrefetch.BEAN)
class ImapPrefetch extends DefaultMailUidGenerator {

    static final String BEAN = "imapPrefetch";
    /** When the endpoint gives no fetch size: how many messages one command fetches ahead. */
    private static final int AHEAD = 100;
    private static final Logger log = LoggerFactory.getLogger(ImapPrefetch.class);

    // a poll's messages, by identity, until its folder is closed and they are let go
    private final Set<Message> fetched = Collections.newSetFromMap(new WeakHashMap<>());

    @Override
    public String generateUuid(MailEndpoint endpoint, Message message) {
        prefetch(message, endpoint.getConfiguration().getFetchSize());
        return super.generateUuid(endpoint, message);
    }

    private synchronized void prefetch(Message message, int fetchSize) {
        if (fetched.contains(message) || !(message.getFolder() instanceof IMAPFolder folder) || !folder.isOpen()) {
            return;
        }
        try {
            int first = message.getMessageNumber();
            int last = Math.min(folder.getMessageCount(), first + (fetchSize > 0 ? fetchSize : AHEAD) - 1);
            if (first < 1 || last < first) {
                return;
            }
            Message[] ahead = folder.getMessages(first, last);
            FetchProfile profile = new FetchProfile();
            profile.add(FetchProfile.Item.FLAGS);
            profile.add(FetchProfile.Item.ENVELOPE);
            profile.add(IMAPFolder.FetchProfileItem.HEADERS);
            folder.fetch(ahead, profile);
            Collections.addAll(fetched, ahead);
        } catch (MessagingException | RuntimeException e) {
            // each message is then asked for what it is asked, one at a time, as without this
            log.debug("Could not fetch ahead from {}: {}", folder.getFullName(), e.getMessage());
            fetched.add(message);
        }
    }
}
