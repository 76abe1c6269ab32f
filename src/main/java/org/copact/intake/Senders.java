package org.copact.intake;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A message without a reply token (forwarded, or written afresh) belongs to a participation when its
 * sender's address is that of exactly one stakeholder taking part in a running round; anything less
 * certain is left to a facilitator.
 */
@Component
class Senders {

    static final String UNKNOWN = "unknown sender";
    static final String AMBIGUOUS = "ambiguous sender";

    private final JdbcTemplate jdbc;

    Senders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Match match(String from) {
        Optional<String> address = addressOf(from);
        if (address.isEmpty()) {
            return new Match(null, UNKNOWN);
        }
        List<SentMails.Addressee> candidates = jdbc.query("""
                select p.id, p.round_id, s.email from participation p
                join stakeholder s on s.id = p.stakeholder_id join round r on r.id = p.round_id
                where s.email = ? and r.status = 'RUNNING' limit 2""",
                (row, n) -> new SentMails.Addressee(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getString(3)), address.get());
        if (candidates.size() == 1) {
            return new Match(candidates.get(0), null);
        }
        return new Match(null, candidates.isEmpty() ? UNKNOWN : AMBIGUOUS);
    }

    static Optional<String> addressOf(String from) {
        try {
            return from == null ? Optional.empty()
                    : Optional.of(new InternetAddress(from, false).getAddress().toLowerCase(Locale.ROOT));
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    /** Either the participation the sender is, or why there is none. */
    record Match(SentMails.Addressee addressee, String reason) {
    }
}
