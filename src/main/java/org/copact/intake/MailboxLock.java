package org.copact.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time poll the shared mailbox, through a PostgreSQL advisory lock held from
 * the search to the expunge of a poll; a node that finds it held skips that poll. Two nodes that
 * select, flag, copy and expunge the same messages at once are what IMAP handles worst: messages
 * are addressed by sequence numbers that shift under the other session's expunge, and GreenMail
 * even drops the connection in the middle of a move. The lock dies with its holder's database
 * session, so a node that crashes holds nobody up.
 */
@Component(MailboxLock.BEAN)
class MailboxLock implements PollingConsumerPollStrategy {

    static final String BEAN = "mailboxLock";

    private static final Logger log = LoggerFactory.getLogger(MailboxLock.class);

    private final DataSource dataSource;
    private Connection holder;

    MailboxLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized boolean begin(Consumer consumer, Endpoint endpoint) {
        long key = keyOf(endpoint);
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                lock.setLong(1, key);
                try (ResultSet result = lock.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        holder = connection;
                        return true;
                    }
                }
            }
            connection.close();
            log.debug("Another node is polling the mailbox: this poll is skipped");
        } catch (SQLException e) {
            log.warn("The mailbox is not polled while the database is away: {}", e.getMessage());
        }
        return false;
    }

    @Override
    public synchronized void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        release(endpoint);
    }

    @Override
    public synchronized boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        release(endpoint);
        log.warn("Polling the mailbox failed, trying again at the next poll: {}", cause.getMessage());
        return false;
    }

    private void release(Endpoint endpoint) {
        if (holder == null) {
            return;
        }
        try (Connection connection = holder; PreparedStatement unlock =
                connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, keyOf(endpoint));
            unlock.execute();
        } catch (SQLException e) {
            // the session that held the lock is gone, and the lock with it
            log.warn("The mailbox lock could not be released: {}", e.getMessage());
        } finally {
            holder = null;
        }
    }

    /** One lock per mailbox (host, user and folder), whatever else the endpoint says. */
    private static long keyOf(Endpoint endpoint) {
        String uri = endpoint.getEndpointUri();
        int query = uri.indexOf('?');
        String mailbox = (query < 0 ? uri : uri.substring(0, query)) + extract(uri, "username=")
                + extract(uri, "folderName=");
        return ("copact:mail-in:" + mailbox).hashCode();
    }

    private static String extract(String uri, String parameter) {
        int start = uri.indexOf(parameter);
        if (start < 0) {
            return "";
        }
        int end = uri.indexOf('&', start);
        return uri.substring(start, end < 0 ? uri.length() : end);
    }
}
