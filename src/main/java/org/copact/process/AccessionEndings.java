package org.copact.process;

import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.copact.common.ConflictException;
import org.copact.common.InvalidInputException;
import org.copact.common.NotFoundException;
import org.copact.identity.Caller;
import org.copact.process.accession.AccessionProcess;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.signing.Accession;
import org.copact.signing.Accessions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facilitator cancels an invitation to accede while it runs, with a reason: it is recorded, the
 * organisation's open task is withdrawn ({@code Msg_AccessionCancelled} interrupts the accession) and,
 * from an asynchronous step, the organisation is told why. An accession signed or ended is a conflict.
 */
@Component
public class AccessionEndings {

    static final int MAX_REASON = 4000;

    private final RoundService rounds;
    private final Accessions accessions;
    private final RuntimeService runtime;
    private final MessageSource messages;

    AccessionEndings(RoundService rounds, Accessions accessions, RuntimeService runtime, MessageSource messages) {
        this.rounds = rounds;
        this.accessions = accessions;
        this.runtime = runtime;
        this.messages = messages;
    }

    /** Field errors and refusals in {@code locale}, the caller's language. */
    @Transactional
    public Accession cancel(UUID roundId, UUID accessionId, String reason, Caller.Staff caller, Locale locale) {
        Round round = rounds.visibleRound(roundId, caller);
        Accession accession = accessions.accession(accessionId);
        if (!accession.roundId().equals(round.id())) {
            throw NotFoundException.coded("problem.notFound.accession", accessionId);
        }
        checkReason(reason, "accession.error.cancelReason", locale);
        Accession cancelled = accessions.cancel(accessionId, reason, caller.username());
        // nothing to take the message (its due date just passed, and the lapse runs; or an instance of a
        // model from before cancelling existed): the cancellation is refused and rolled back, not left
        // recorded with the organisation's task still open and nobody told
        if (runtime.createMessageCorrelation(AccessionProcess.MSG_ACCESSION_CANCELLED)
                .processInstanceBusinessKey(round.id().toString())
                .processInstanceVariableEquals(ProcessVariables.ACCESSION_ID, accessionId.toString())
                .correlateAllWithResult().isEmpty()) {
            throw ConflictException.coded("problem.conflict.accessionEnding");
        }
        return cancelled;
    }

    /** a reason the organisation reads: given, at most {@link #MAX_REASON} characters, no control characters */
    void checkReason(String reason, String missing, Locale locale) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", messages.getMessage(missing, null, locale));
        }
        if (reason.strip().length() > MAX_REASON || reason.chars().anyMatch(c -> c < 0x20 && c != '\n'
                && c != '\r' && c != '\t')) {
            throw new InvalidInputException("reason", messages.getMessage("withdrawal.error.text",
                    new Object[] {MAX_REASON}, locale));
        }
    }
}
