package org.copact.intake;

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
     * The Camel endpoint: peek, so a message whose recording failed stays unseen and is taken again;
     * one node at a time polls ({@link OneNodeAtATime}); what is asked of every message is fetched
     * ahead, a poll's worth in one command ({@link ImapPrefetch}).
     */
    String endpointUri() {
        return (secure ? "imaps://" : "imap://") + host + ':' + port
                + "?username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=RAW(" + (password == null ? "" : password) + ')'
                + "&folderName=INBOX&unseen=true&peek=true&delete=false"
                + "&moveTo=" + URLEncoder.encode(processedFolder, StandardCharsets.UTF_8)
                + "&mapMailMessage=false&fetchSize=100&connectionTimeout=15000"
                + "&pollStrategy=#" + OneNodeAtATime.BEAN + "&mailUidGenerator=#" + ImapPrefetch.BEAN
                + "&delay=" + pollDelay.toMillis();
    }
}
