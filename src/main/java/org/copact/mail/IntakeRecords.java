package org.copact.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes each received message once into {@code inbound_mail}, whichever node and whichever path
 * took it. A message is the one recorded before when it has its key (the Message-ID) and its
 * fingerprint ({@link MessageKeys#fingerprint}); one that reuses the Message-ID of a different
 * message is recorded too, under the id with its fingerprint. Senders choose their Message-IDs.
 */
@Component
class IntakeRecords {

    private static final Logger log = LoggerFactory.getLogger(IntakeRecords.class);

    private final JdbcTemplate jdbc;

    IntakeRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The id it was recorded under, or null when this very message was recorded before. */
    UUID insert(Taken taken) {
        UUID id = insert(taken.messageId(), taken);
        if (id == null && taken.fingerprint() != null) {
            Optional<String> earlier = jdbc.query("select fingerprint from inbound_mail where message_id = ?",
                    (row, n) -> Objects.toString(row.getString(1), ""), taken.messageId()).stream().findFirst();
            // a message recorded before fingerprints were kept cannot be told apart: it counts as this one
            if (earlier.isPresent() && !earlier.get().isEmpty() && !earlier.get().equals(taken.fingerprint())) {
                id = insert(MessageKeys.ofReusedId(taken.messageId(), taken.fingerprint()), taken);
                if (id != null) {
                    log.info("Message {} reuses the Message-ID of another message: recorded as a mail of its own",
                            taken.messageId());
                }
            }
        }
        if (id == null) {
            log.info("Message {} was taken before: not recorded again", taken.messageId());
        } else {
            log.info("Message {} recorded as {}", taken.messageId(), taken.outcome());
        }
        return id;
    }

    private UUID insert(String key, Taken taken) {
        UUID id = UUID.randomUUID();
        SentMails.Addressee addressee = taken.addressee();
        int inserted = jdbc.update("""
                insert into inbound_mail (id, message_id, fingerprint, raw_sha256, received_at, from_address, subject,
                    body_text, outcome, reason, round_id, participation_id, region_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (message_id) do nothing""",
                id, key, taken.fingerprint(), taken.rawSha256(), Timestamp.from(taken.at()),
                withoutNul(MailReading.clip(taken.from(), 500)), withoutNul(MailReading.clip(taken.subject(), 1000)),
                withoutNul(taken.text()), taken.outcome().name(), MailReading.clip(taken.reason(), 500),
                addressee == null ? null : addressee.roundId(), addressee == null ? null : addressee.participationId(),
                taken.regionId());
        return inserted == 0 ? null : id;
    }

    /** PostgreSQL text holds no NUL character; a hostile header or body may. */
    static String withoutNul(String text) {
        return text == null ? null : text.replace("\u0000", "");
    }

    /**
     * A received message as recorded.
     *
     * @param regionId the region of the mailbox it was sent to, when it has no round (then its facilitators resolve it)
     */
    record Taken(String messageId, String fingerprint, String rawSha256, Instant at, String from, String subject,
            String text, InboundMails.Outcome outcome, String reason, SentMails.Addressee addressee,
            String regionId) {
    }
}
