package org.copact.signing;

import org.copact.common.AdvisoryLocks;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.copact.common.ConflictException;
import org.copact.common.NotFoundException;
import org.copact.pact.PactDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accessions to a pact in force: each one's state and commitment sheet, every change an event that
 * the history records. The state moves only forward (invited, sheet sent, changes asked, accepted,
 * signed), or to an end without a signature (refused, cancelled, lapsed); a step that does not fit the
 * state is refused, so a retried or replayed step changes nothing.
 */
@Service
public class Accessions {

    private static final TypeReference<List<PactDocument.Commitment>> COMMITMENTS = new TypeReference<>() {
    };
    private static final String COLUMNS = "select id, round_id, pact_version_id, participation_id, status, "
            + "commitments, change_reason, invited_by, invited_at, decided_by, signed_at, due_at, ended_reason, ended_by, "
            + "ended_at from accession ";
    private static final String SYSTEM = "copact";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Accessions(JdbcTemplate jdbc, ObjectMapper json, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param dueAt when the invitation lapses unless the organisation signed by then
     * @throws ConflictException when this organisation's accession to this pact runs or was signed
     */
    @Transactional
    public Accession invite(UUID roundId, UUID pactVersionId, UUID participationId, String organisation, String by,
            Instant dueAt, String conflict) {
        // two invitations at once: the second waits for the first, then finds it
        AdvisoryLocks.lock(jdbc, "accession", pactVersionId);
        if (of(pactVersionId, participationId).isPresent()) {
            throw new ConflictException(conflict);
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.update("insert into accession (id, round_id, pact_version_id, participation_id, status, invited_by, "
                + "invited_at, due_at) values (?, ?, ?, ?, ?, ?, ?, ?)", id, roundId, pactVersionId, participationId,
                AccessionStatus.INVITED.name(), by, Timestamp.from(now), Timestamp.from(dueAt));
        events.publishEvent(new SigningEvents.AccessionInvited(roundId, id, participationId, organisation, by, now));
        return accession(id);
    }

    /** The organisation's commitment sheet, checked, sent for a facilitator to accept. */
    @Transactional
    public Accession submit(UUID accessionId, List<PactDocument.Commitment> commitments) {
        Accession accession = move(accessionId, EnumSet.of(AccessionStatus.INVITED, AccessionStatus.CHANGES_REQUESTED),
                AccessionStatus.SUBMITTED);
        jdbc.update("update accession set commitments = cast(? as jsonb) where id = ?", write(commitments),
                accessionId);
        events.publishEvent(new SigningEvents.AccessionSheetSubmitted(accession.roundId(), accessionId,
                accession.participationId(), commitments.size(), clock.instant()));
        return accession(accessionId);
    }

    @Transactional
    public Accession requestChanges(UUID accessionId, String reason, String by) {
        Accession accession = move(accessionId, EnumSet.of(AccessionStatus.SUBMITTED),
                AccessionStatus.CHANGES_REQUESTED);
        jdbc.update("update accession set change_reason = ?, decided_by = ? where id = ?", reason.strip(), by,
                accessionId);
        events.publishEvent(new SigningEvents.AccessionChangesRequested(accession.roundId(), accessionId,
                accession.participationId(), reason.strip(), by, clock.instant()));
        return accession(accessionId);
    }

    @Transactional
    public Accession accept(UUID accessionId, String by) {
        Accession accession = move(accessionId, EnumSet.of(AccessionStatus.SUBMITTED), AccessionStatus.ACCEPTED);
        jdbc.update("update accession set change_reason = null, decided_by = ? where id = ?", by, accessionId);
        events.publishEvent(new SigningEvents.AccessionAccepted(accession.roundId(), accessionId,
                accession.participationId(), by, clock.instant()));
        return accession(accessionId);
    }

    /** The organisation signed (its signature is on record with the version's): it has acceded. */
    @Transactional
    public Accession signed(UUID accessionId, Signature signature) {
        Accession accession = move(accessionId, EnumSet.of(AccessionStatus.ACCEPTED), AccessionStatus.SIGNED);
        jdbc.update("update accession set signed_at = ? where id = ?", Timestamp.from(signature.createdAt()),
                accessionId);
        events.publishEvent(new SigningEvents.PactAcceded(accession.roundId(), accessionId,
                accession.participationId(), signature.sha256(), signature.createdAt()));
        return accession(accessionId);
    }

    /** A facilitator refused the sheet sent, for this reason: the accession ends unsigned. */
    @Transactional
    public Accession refuse(UUID accessionId, String reason, String by) {
        Accession accession = end(accessionId, EnumSet.of(AccessionStatus.SUBMITTED), AccessionStatus.REFUSED,
                reason.strip(), by);
        events.publishEvent(new SigningEvents.AccessionRefused(accession.roundId(), accessionId,
                accession.participationId(), reason.strip(), by, clock.instant()));
        return accession(accessionId);
    }

    /** A facilitator cancelled the invitation, for this reason, while it ran. */
    @Transactional
    public Accession cancel(UUID accessionId, String reason, String by) {
        Accession accession = end(accessionId, AccessionStatus.OPEN, AccessionStatus.CANCELLED, reason.strip(), by);
        events.publishEvent(new SigningEvents.AccessionCancelled(accession.roundId(), accessionId,
                accession.participationId(), reason.strip(), by, clock.instant()));
        return accession(accessionId);
    }

    /** The due date passed unsigned; a lapse recorded before (a retried step) is kept as it was. */
    @Transactional
    public Accession lapse(UUID accessionId) {
        if (accession(accessionId).status() == AccessionStatus.LAPSED) {
            return accession(accessionId);
        }
        Accession accession = end(accessionId, AccessionStatus.OPEN, AccessionStatus.LAPSED, null, SYSTEM);
        events.publishEvent(new SigningEvents.AccessionLapsed(accession.roundId(), accessionId,
                accession.participationId(), accession.dueAt(), clock.instant()));
        return accession(accessionId);
    }

    @Transactional(readOnly = true)
    public Accession accession(UUID accessionId) {
        return jdbc.query(COLUMNS + "where id = ?", this::row, accessionId).stream().findFirst()
                .orElseThrow(() -> NotFoundException.coded("problem.notFound.accession", accessionId));
    }

    /** The organisation's accession to this version that runs or was signed, not one that ended unsigned. */
    @Transactional(readOnly = true)
    public Optional<Accession> of(UUID pactVersionId, UUID participationId) {
        return jdbc.query(COLUMNS + "where pact_version_id = ? and participation_id = ? and status not in "
                + "('REFUSED', 'CANCELLED', 'LAPSED')", this::row, pactVersionId, participationId).stream().findFirst();
    }

    /** Every accession of the round, the first invited first. */
    @Transactional(readOnly = true)
    public List<Accession> ofRound(UUID roundId) {
        return jdbc.query(COLUMNS + "where round_id = ? order by invited_at, id", this::row, roundId);
    }

    private Accession move(UUID accessionId, Set<AccessionStatus> from, AccessionStatus to) {
        Accession accession = jdbc.query(COLUMNS + "where id = ? for update", this::row, accessionId).stream()
                .findFirst().orElseThrow(() -> NotFoundException.coded("problem.notFound.accession", accessionId));
        if (!from.contains(accession.status())) {
            // the state in the caller's words: the bundles resolve a resolvable argument in the same language
            throw ConflictException.coded("problem.conflict.accessionStep",
                    new DefaultMessageSourceResolvable(new String[] {"accession.status." + accession.status().name()},
                            accession.status().name()));
        }
        jdbc.update("update accession set status = ? where id = ?", to.name(), accessionId);
        return accession;
    }

    private Accession end(UUID accessionId, Set<AccessionStatus> from, AccessionStatus to, String reason, String by) {
        Accession accession = move(accessionId, from, to);
        jdbc.update("update accession set ended_reason = ?, ended_by = ?, ended_at = ? where id = ?", reason, by,
                Timestamp.from(clock.instant()), accessionId);
        return accession;
    }

    private String write(List<PactDocument.Commitment> commitments) {
        try {
            return json.writeValueAsString(commitments);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A commitment sheet could not be written", e);
        }
    }

    private Accession row(ResultSet row, int n) throws SQLException {
        String commitments = row.getString(6);
        try {
            return new Accession(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                    row.getObject(3, UUID.class), row.getObject(4, UUID.class),
                    AccessionStatus.valueOf(row.getString(5)),
                    commitments == null ? List.of() : json.readValue(commitments, COMMITMENTS), row.getString(7),
                    row.getString(8), row.getTimestamp(9).toInstant(), row.getString(10),
                    instant(row.getTimestamp(11)), instant(row.getTimestamp(12)), row.getString(13), row.getString(14),
                    instant(row.getTimestamp(15)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The commitment sheet of accession " + row.getObject(1) + " is unreadable",
                    e);
        }
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
