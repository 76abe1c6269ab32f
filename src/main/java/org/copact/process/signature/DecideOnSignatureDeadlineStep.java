package org.copact.process.signature;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import org.copact.common.InvalidInputException;
import org.copact.pact.PactService;
import org.copact.process.ProcessVariables;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.signing.SigningService;
import org.copact.tasks.OpenTaskRef;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signature deadline passed without the signing rule met: a facilitator extends it (the new
 * date, in the round's time zone, becomes {@code signatureDeadline} and moves the reminder with it)
 * or reopens drafting. The decision is on record with who took it.
 */
@Component
class DecideOnSignatureDeadlineStep extends SignatureDecisionStep {

    static final String EXTEND = "EXTEND";
    static final String NEW_DEADLINE = "newDeadline";

    private final SigningService signing;
    private final RoundService rounds;
    private final MessageSource messages;

    DecideOnSignatureDeadlineStep(PactService pacts, SigningService signing, RoundService rounds,
            SignatureRules rules, MessageSource messages) {
        super(pacts, rules);
        this.signing = signing;
        this.rounds = rounds;
        this.messages = messages;
    }

    @Override
    public String taskKey() {
        return PactSignatureProcess.TASK_DECIDE_ON_SIGNATURE_DEADLINE;
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        if (!EXTEND.equals(values.get(DECISION))) {
            signing.decideAtDeadline(task.pactVersionId(), null, task.actor());
            return Map.of(ProcessVariables.SIGNATURE_REOPENED, true);
        }
        Round round = rounds.round(task.roundId());
        Instant deadline = parse(values.get(NEW_DEADLINE), round);
        if (!deadline.isAfter(Instant.now())) {
            throw new InvalidInputException(NEW_DEADLINE, messages.getMessage("round.error.future", null,
                    LocaleContextHolder.getLocale()));
        }
        signing.decideAtDeadline(task.pactVersionId(), deadline, task.actor());
        return Map.of(ProcessVariables.SIGNATURE_REOPENED, false,
                ProcessVariables.SIGNATURE_DEADLINE, Date.from(deadline),
                ProcessVariables.SIGNATURE_REMINDER_AT, rules.reminderAt(round, deadline));
    }

    /** A date and time with its offset, or without one: then in the round's time zone. */
    private Instant parse(Object value, Round round) {
        String text = value == null ? "" : value.toString().strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(round.timeZone()).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(NEW_DEADLINE, messages.getMessage("round.error.dateTime", null,
                        LocaleContextHolder.getLocale()));
            }
        }
    }
}
