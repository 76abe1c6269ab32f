package org.copact.common;

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
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time poll a source the nodes share (the mailbox, the scan folder), through a
 * PostgreSQL advisory lock held for the whole poll, until what it took is moved away; a node that
 * finds it held skips that poll. Two nodes that select, flag, copy and expunge the same messages at
 * once are what IMAP handles worst: messages are addressed by sequence numbers that shift under the
 * other session's expunge, and GreenMail even drops the connection in the middle of a move. Two
 * nodes scanning one folder list the same file, and the second finds it gone. The lock dies with
 * its holder's database session, so a node that crashes holds nobody up. Each route has its own
 * instance: one poll at a time per route, and the lock is per source.
 */
@Component(OneNodeAtATime.BEAN)
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class OneNodeAtATime implements PollingConsumerPollStrategy {

    public static final String BEAN = "oneNodeAtATime";

    private static final Logger log = LoggerFactory.getLogger(OneNodeAtATime.class);

    private final DataSource dataSource;
    private Connection holder;

    public OneNodeAtATime(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized boolean begin(Consumer consumer, Endpoint endpoint) {
        // a poll that ended without commit or rollback (an Error escaped it) must not keep the lock
        release(endpoint);
        long key = keyOf(endpoint);
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                lock.setLong(1, key);
                try (ResultSet result = lock.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        holder = connection;
                        return true;
                    }
                }
            }
            log.debug("Another node is polling {}: this poll is skipped", endpoint);
        } catch (SQLException e) {
            log.warn("{} is not polled while the database is away: {}", endpoint, e.getMessage());
        } finally {
            if (holder != connection) {
                discard(connection);
            }
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
        log.warn("Polling {} failed, trying again at the next poll: {}", endpoint, cause.getMessage());
        return false;
    }

    private void release(Endpoint endpoint) {
        if (holder == null) {
            return;
        }
        Connection connection = holder;
        holder = null;
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, keyOf(endpoint));
            unlock.execute();
            connection.close();
        } catch (SQLException e) {
            // the session may still be alive, and the lock with it: it must not go back to the pool
            log.warn("The lock of {} could not be released, its connection is dropped: {}", endpoint, e.getMessage());
            abort(connection);
        }
    }

    private static void discard(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                abort(connection);
            }
        }
    }

    /** Closes the database session itself, so that a lock it may hold dies with it. */
    private static void abort(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            log.warn("A connection could not be aborted: {}", e.getMessage());
        }
    }

    /** One lock per source: the mailbox (host, user and folder) or the folder, whatever else the endpoint says. */
    private static long keyOf(Endpoint endpoint) {
        String uri = endpoint.getEndpointUri();
        int query = uri.indexOf('?');
        String mailbox = (query < 0 ? uri : uri.substring(0, query)) + extract(uri, "username=")
                + extract(uri, "folderName=");
        return ("copact:intake:" + mailbox).hashCode();
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
