package org.copact.mail;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How the facilitators of each round want its notices: at once (the default) or one digest a day. */
@Service
public class NoticePreferences {

    /** at once, or gathered into the day's digest */
    public enum Mode {
        IMMEDIATE, DAILY_DIGEST
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    NoticePreferences(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Mode of(UUID roundId) {
        List<String> modes = jdbc.queryForList("select mode from facilitator_notice_preference where round_id = ?",
                String.class, roundId);
        return modes.isEmpty() ? Mode.IMMEDIATE : Mode.valueOf(modes.get(0));
    }

    @Transactional
    public void choose(UUID roundId, Mode mode, String by) {
        jdbc.update("""
                insert into facilitator_notice_preference (round_id, mode, changed_by, changed_at) values (?, ?, ?, ?)
                on conflict (round_id) do update set mode = excluded.mode, changed_by = excluded.changed_by,
                changed_at = excluded.changed_at""", roundId, mode.name(), by,
                java.sql.Timestamp.from(clock.instant()));
    }
}
