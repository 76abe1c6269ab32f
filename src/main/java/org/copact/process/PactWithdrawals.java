package org.copact.process;

import java.util.Locale;
import java.util.UUID;
import org.copact.common.ConflictException;
import org.copact.common.InvalidInputException;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.round.RoundStatus;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningEvents;
import org.copact.signing.SigningOrigin;
import org.copact.signing.SigningService;
import org.copact.signing.Withdrawals;
import org.copact.process.accession.AccessionEditions;
import org.copact.process.accession.AccessionMails;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signatory withdraws from the pact in force, with a reason. It is recorded at once; then, as a
 * reaction that is retried should it fail, the next edition of the signed pact marks them withdrawn,
 * and they and the facilitators are told.
 */
@Component
public class PactWithdrawals {

    static final int MAX_REASON = 4000;

    private final RoundService rounds;
    private final PactService pacts;
    private final SigningService signing;
    private final Withdrawals withdrawals;
    private final AccessionEditions editions;
    private final AccessionMails mails;
    private final MessageSource messages;

    PactWithdrawals(RoundService rounds, PactService pacts, SigningService signing, Withdrawals withdrawals,
            AccessionEditions editions, AccessionMails mails, MessageSource messages) {
        this.rounds = rounds;
        this.pacts = pacts;
        this.signing = signing;
        this.withdrawals = withdrawals;
        this.editions = editions;
        this.mails = mails;
        this.messages = messages;
    }

    /** Field errors and refusals in {@code locale}, the signatory's language. */
    @Transactional
    public Withdrawals.Withdrawal withdraw(UUID roundId, UUID participationId, String reason, SigningOrigin origin,
            Locale locale) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", text("withdrawal.error.reason", locale));
        }
        if (reason.strip().length() > MAX_REASON || reason.chars().anyMatch(c -> c < 0x20 && c != '\n'
                && c != '\r' && c != '\t')) {
            throw new InvalidInputException("reason", text("withdrawal.error.text", locale, MAX_REASON));
        }
        Round round = rounds.round(roundId);
        PactVersion inForce = pacts.latest(roundId).filter(v -> round.status() == RoundStatus.SIGNED)
                .orElseThrow(() -> new ConflictException(text("withdrawal.error.notInForce", locale)));
        boolean signed = signing.signatures(inForce.id()).stream().anyMatch(s -> s.decision() == SignatureDecision.SIGN
                && s.participationId().equals(participationId));
        if (!signed) {
            throw new ConflictException(text("withdrawal.error.notSignatory", locale));
        }
        return withdrawals.withdraw(inForce, participationId, reason, origin, text("withdrawal.error.twice", locale));
    }

    /**
     * After the withdrawal is committed: the next edition, unless one was sealed since (a retried
     * reaction), then the mails, which go once each.
     */
    @ApplicationModuleListener
    void on(SigningEvents.PactWithdrawn withdrawn) {
        Withdrawals.Withdrawal withdrawal = withdrawals.of(withdrawn.roundId()).stream()
                .filter(w -> w.participationId().equals(withdrawn.participationId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No withdrawal of " + withdrawn.participationId()));
        if (editions.latestSealedAt(withdrawn.roundId()).map(at -> !at.isAfter(withdrawal.at())).orElse(true)) {
            editions.seal(withdrawn.roundId().toString());
        }
        mails.withdrawn(withdrawal);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
