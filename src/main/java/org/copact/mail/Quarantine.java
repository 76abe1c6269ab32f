package org.copact.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.copact.common.ConflictException;
import org.copact.common.NotFoundException;
import org.copact.documents.DocumentService;
import org.copact.identity.Caller;
import org.copact.round.RoundService;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail Copact could not match or read, for facilitators to assign by hand. A facilitator sees a
 * message when it belongs to a round of their region (its reply address named it, even when the
 * mail was too large to read), when it was sent to one of their region's mailboxes
 * ({@link RecipientRegions}), or when its sender is a stakeholder of their region; administrators
 * see all, and assign any. An assigned message is a reply like any other.
 */
@Service
class Quarantine {

    private static final int MAX_LISTED = 500;

    private final JdbcTemplate jdbc;
    private final RoundService rounds;
    private final Participations participations;
    private final ApplicationEventPublisher events;
    private final DocumentService documents;
    private final java.time.Clock clock;

    Quarantine(JdbcTemplate jdbc, RoundService rounds, Participations participations,
            ApplicationEventPublisher events, DocumentService documents, java.time.Clock clock) {
        this.documents = documents;
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.participations = participations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<QuarantinedMail> visibleTo(Caller.Staff caller) {
        return jdbc.query("""
                select id, received_at, from_address, subject, body_text, reason, round_id, participation_id, region_id
                from inbound_mail where outcome = 'QUARANTINED' order by received_at desc limit ?""",
                (row, n) -> new QuarantinedMail(row.getObject(1, UUID.class), row.getTimestamp(2).toInstant(),
                        row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                        row.getObject(7, UUID.class), row.getObject(8, UUID.class), row.getString(9)), MAX_LISTED)
                .stream().filter(mail -> sees(caller, mail)).toList();
    }

    /** Assigns a quarantined message to a participation of a round the caller runs; it then counts as its reply. */
    @Transactional
    QuarantinedMail assign(UUID mailId, UUID participationId, Caller.Staff caller) {
        QuarantinedMail mail = visibleTo(caller).stream().filter(m -> m.id().equals(mailId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No quarantined mail " + mailId));
        if (mail.text() == null) {
            throw new ConflictException("This mail could not be read (" + mail.reason() + "), so it cannot become "
                    + "anyone's answer: its sender was told how else to send it. Dismiss it once it is handled.");
        }
        ParticipationView participation = participations.find(participationId)
                .filter(p -> caller.sees(rounds.round(p.roundId()).regionId()))
                .orElseThrow(() -> new NotFoundException("No participation " + participationId));
        int updated = jdbc.update("""
                update inbound_mail set outcome = 'REPLY', round_id = ?, participation_id = ?, reason = ?
                where id = ? and outcome = 'QUARANTINED'""", participation.roundId(), participationId,
                "assigned by " + caller.username(), mailId);
        if (updated == 0) {
            throw new ConflictException("Mail " + mailId + " was assigned meanwhile");
        }
        Instant now = clock.instant();
        List<UUID> documentIds = documents.documentsOfMail(mailId).stream().map(DocumentService.Document::id).toList();
        events.publishEvent(new MailEvents.ReplyReceived(participation.roundId(), participationId, mailId,
                mail.text(), documentIds, now, true));
        return mail;
    }

    /**
     * Takes a quarantined message out of the quarantine without making it anyone's reply (a mail too
     * large to read, spam): it is kept, marked as dismissed by whom and why.
     */
    @Transactional
    QuarantinedMail dismiss(UUID mailId, String why, Caller.Staff caller) {
        QuarantinedMail mail = visibleTo(caller).stream().filter(m -> m.id().equals(mailId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No quarantined mail " + mailId));
        int updated = jdbc.update("update inbound_mail set outcome = 'DISMISSED', reason = ? where id = ? and outcome = "
                + "'QUARANTINED'", MailReading.clip("dismissed by " + caller.username() + ": " + why.strip()
                        + " (was: " + mail.reason() + ")", 500), mailId);
        if (updated == 0) {
            throw new ConflictException("Mail " + mailId + " was handled meanwhile");
        }
        return mail;
    }

    private boolean sees(Caller.Staff caller, QuarantinedMail mail) {
        if (caller.isAdmin()) {
            return true;
        }
        if (mail.roundId() != null) {
            return caller.sees(rounds.round(mail.roundId()).regionId());
        }
        if (mail.regionId() != null && caller.regionIds().stream().anyMatch(mail.regionId()::equalsIgnoreCase)) {
            return true;
        }
        return Senders.addressOf(mail.from())
                .map(address -> caller.regionIds().stream()
                        .anyMatch(region -> participations.isKnownInRegion(region, address)))
                .orElse(false);
    }

    /**
     * @param participationId whose reply address it came to, if it names one
     * @param regionId the region whose mailbox it came to, when it names no round
     */
    record QuarantinedMail(UUID id, Instant receivedAt, String from, String subject, String text, String reason,
            UUID roundId, UUID participationId, String regionId) {
    }
}
