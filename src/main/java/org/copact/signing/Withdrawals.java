package org.copact.signing;

import org.copact.common.AdvisoryLocks;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.copact.common.ConflictException;
import org.copact.pact.PactVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signatories who left a pact in force: once each, with their reason, on record. */
@Service
public class Withdrawals {

    /** One signatory's withdrawal from the pact in force. */
    public record Withdrawal(UUID id, UUID roundId, UUID pactVersionId, UUID participationId, String reason,
            Instant at) {
    }

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Withdrawals(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The caller checked that they signed the version in force and gave a reason.
     *
     * @param twice the explanation, in the signatory's language, should they have withdrawn before
     */
    @Transactional
    public Withdrawal withdraw(PactVersion inForce, UUID participationId, String reason, SigningOrigin origin,
            String twice) {
        // a lock on a key that exists before the first withdrawal: the second of two requests waits, then sees the first
        AdvisoryLocks.lock(jdbc, "pact_withdrawal", inForce.roundId());
        if (of(inForce.roundId()).stream().anyMatch(w -> w.participationId().equals(participationId))) {
            throw new ConflictException(twice);
        }
        Withdrawal withdrawal = new Withdrawal(UUID.randomUUID(), inForce.roundId(), inForce.id(), participationId,
                reason.strip(), clock.instant());
        jdbc.update("insert into pact_withdrawal (id, round_id, pact_version_id, participation_id, reason, "
                + "withdrawn_at, ip_address, user_agent) values (?, ?, ?, ?, ?, ?, ?, ?)", withdrawal.id(),
                withdrawal.roundId(), withdrawal.pactVersionId(), participationId, withdrawal.reason(),
                Timestamp.from(withdrawal.at()), origin.ipAddress(), origin.userAgent());
        events.publishEvent(new SigningEvents.PactWithdrawn(withdrawal.roundId(), withdrawal.pactVersionId(),
                participationId, withdrawal.reason(), withdrawal.at()));
        return withdrawal;
    }

    /** The round's withdrawals, the first first. */
    @Transactional(readOnly = true)
    public List<Withdrawal> of(UUID roundId) {
        return jdbc.query("select id, round_id, pact_version_id, participation_id, reason, withdrawn_at "
                + "from pact_withdrawal where round_id = ? order by withdrawn_at, id", (row, n) -> new Withdrawal(
                        row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getObject(3, UUID.class),
                        row.getObject(4, UUID.class), row.getString(5), row.getTimestamp(6).toInstant()), roundId);
    }
}
