package org.copact.mail;

import org.copact.common.OneNodeAtATime;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The mailbox replies arrive in. {@code secure} speaks IMAPS; the embedded server speaks plain
 * IMAP on loopback. A message is moved to {@code processedFolder} once it was recorded.
 */
public record ImapSettings(String host, int port, String username, String password, boolean secure,
        String processedFolder, Duration pollDelay) {

    /**
     * The Camel endpoint: every message in the inbox, read or not (someone may have opened the
     * mailbox with a mail client), fetched with peek; a message whose recording failed stays in the
     * inbox and is taken again; one node at a time polls ({@link OneNodeAtATime}); what is asked of
     * every message is fetched ahead, a poll's worth in one command ({@link ImapPrefetch}). Not
     * greedy: a message left in the inbox while the database is away would make it poll without pause.
     * Assembled here rather than from {@code {{…}}} placeholders: the embedded server's port is known
     * only once it started (0 picks a free one), the scheme follows {@code secure}, the password goes
     * in raw, and Camel would read an ISO-8601 delay such as {@code PT30S} as 0 (no pause).
     */
    String endpointUri() {
        return (secure ? "imaps://" : "imap://") + host + ':' + port
                + "?username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=RAW(" + (password == null ? "" : password) + ')'
                + "&folderName=INBOX&unseen=false&peek=true&delete=false"
                + "&moveTo=" + URLEncoder.encode(processedFolder, StandardCharsets.UTF_8)
                + "&mapMailMessage=false&fetchSize=100&connectionTimeout=15000"
                + "&pollStrategy=#" + OneNodeAtATime.BEAN + "&mailUidGenerator=#" + ImapPrefetch.BEAN
                + "&delay=" + pollDelay.toMillis();
    }
}
