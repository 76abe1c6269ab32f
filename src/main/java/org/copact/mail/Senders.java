package org.copact.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.copact.round.RoundService;
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

    private final RoundService rounds;

    Senders(RoundService rounds) {
        this.rounds = rounds;
    }

    Match match(String from) {
        Optional<String> address = addressOf(from);
        if (address.isEmpty()) {
            return new Match(null, UNKNOWN);
        }
        List<SentMails.Addressee> candidates = rounds.runningParticipationsOf(address.get(), 2).stream()
                .map(p -> new SentMails.Addressee(p.id(), p.roundId(), p.contact().email()))
                .toList();
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
