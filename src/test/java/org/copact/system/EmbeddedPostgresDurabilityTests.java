package org.copact.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.copact.HttpTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded PostgreSQL of the default start keeps what it acknowledged through a crash: it writes
 * to disk before a commit returns, as a PostgreSQL of one's own does by default (the library that
 * starts it turns both off, for throw-away test databases).
 */
class EmbeddedPostgresDurabilityTests extends HttpTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldFlushEveryCommitToDisk() {
        assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
    }
}
