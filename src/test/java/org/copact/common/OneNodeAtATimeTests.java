package org.copact.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The poll lock never keeps a pooled connection, nor a lock, that a failure left behind. */
class OneNodeAtATimeTests {

    private final DataSource dataSource = mock(DataSource.class);
    private final Connection connection = mock(Connection.class);
    private final PreparedStatement lock = mock(PreparedStatement.class);
    private final PreparedStatement unlock = mock(PreparedStatement.class);
    private final ResultSet granted = mock(ResultSet.class);
    private final Endpoint endpoint = mock(Endpoint.class);
    private final Consumer consumer = mock(Consumer.class);
    private final OneNodeAtATime strategy = new OneNodeAtATime(dataSource);

    @BeforeEach
    void database() throws SQLException {
        when(endpoint.getEndpointUri()).thenReturn("imap://127.0.0.1:3143?username=copact&folderName=INBOX");
        when(dataSource.getConnection()).thenReturn(connection);
        when(connection.prepareStatement(startsWith("select pg_try_advisory_lock"))).thenReturn(lock);
        when(connection.prepareStatement(startsWith("select pg_advisory_unlock"))).thenReturn(unlock);
        when(lock.executeQuery()).thenReturn(granted);
        when(granted.next()).thenReturn(true);
        when(granted.getBoolean(1)).thenReturn(true);
    }

    @Test
    void shouldGiveTheConnectionBackWhenAskingForTheLockFails() throws SQLException {
        when(lock.executeQuery()).thenThrow(new SQLTransientConnectionException("statement timeout"));

        assertThat(strategy.begin(consumer, endpoint)).isFalse();

        verify(connection).close();
    }

    @Test
    void shouldGiveTheLockBackBeforeAPollThatFollowsOneThatNeverEnded() throws SQLException {
        assertThat(strategy.begin(consumer, endpoint)).isTrue();
        // an Error escaped the poll: neither commit nor rollback was called

        assertThat(strategy.begin(consumer, endpoint)).isTrue();

        verify(unlock).execute();
    }

    @Test
    void shouldDropTheSessionWhoseLockCouldNotBeReleased() throws SQLException {
        when(unlock.execute()).thenThrow(new SQLException("canceling statement due to statement timeout"));
        assertThat(strategy.begin(consumer, endpoint)).isTrue();

        strategy.commit(consumer, endpoint, 3);

        verify(connection).abort(any());
        verify(connection, never()).close();
    }
}
