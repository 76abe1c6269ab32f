package org.copact.process;

import java.util.Locale;
import java.util.UUID;
import org.copact.common.ConflictException;
import org.copact.common.InvalidInputException;
import org.copact.pact.PactVersion;
import org.copact.signing.SigningEvents;
import org.copact.signing.SigningOrigin;
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

    private final PactInForce pactInForce;
    private final Withdrawals withdrawals;
    private final AccessionEditions editions;
    private final AccessionMails mails;
    private final MessageSource messages;

    PactWithdrawals(PactInForce pactInForce, Withdrawals withdrawals, AccessionEditions editions,
            AccessionMails mails, MessageSource messages) {
        this.pactInForce = pactInForce;
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
        PactVersion inForce = pactInForce.versionOrRefuse(roundId, "withdrawal.error.notInForce", locale);
        if (!pactInForce.signed(inForce, participationId)) {
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
