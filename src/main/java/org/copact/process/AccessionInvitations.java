package org.copact.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.copact.common.ConflictException;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.identity.Caller;
import org.copact.pact.PactVersion;
import org.copact.process.accession.AccessionProcess;
import org.copact.round.Round;
import org.copact.round.RoundChanges;
import org.copact.round.RoundDefinition;
import org.copact.round.RoundService;
import org.copact.signing.Accession;
import org.copact.signing.Accessions;
import org.copact.stakeholder.ParticipationView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facilitator invites an organisation to accede to the pact in force: a new one becomes a stakeholder
 * of the round, as a signatory; one of the round's becomes a signatory too. Its accession is recorded
 * with its due date and its {@code pact-accession} process starts, all in one transaction: a mistake
 * stores nothing, and every field error comes at once.
 */
@Component
public class AccessionInvitations {

    /** the furthest due date a facilitator may give */
    static final int MAX_DUE_DAYS = 366;

    private final RoundChanges changes;
    private final RoundService rounds;
    private final PactInForce pactInForce;
    private final Accessions accessions;
    private final RuntimeService runtime;
    private final MessageSource messages;
    private final AccessionProperties properties;
    private final Clock clock;

    AccessionInvitations(RoundChanges changes, RoundService rounds, PactInForce pactInForce, Accessions accessions,
            RuntimeService runtime, MessageSource messages, AccessionProperties properties, Clock clock) {
        this.changes = changes;
        this.rounds = rounds;
        this.pactInForce = pactInForce;
        this.accessions = accessions;
        this.runtime = runtime;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** Field errors and refusals in {@code locale}, the caller's language. */
    @Transactional
    public Accession invite(UUID roundId, AccessionInput input, Caller.Staff caller, Locale locale) {
        Round round = rounds.visibleRound(roundId, caller);
        AccessionInput given = input == null ? new AccessionInput(null, null, null, null, null, null) : input;
        List<FieldError> errors = new ArrayList<>();
        UUID participationId = participationId(given.participationId(), locale, errors);
        Instant dueAt = dueAt(round, given.dueDate(), locale, errors);
        ParticipationView acceding = null;
        boolean unreadable = participationId == null && given.participationId() != null
                && !given.participationId().isBlank();
        if (!unreadable) {
            try {
                acceding = changes.addAcceding(round.id(), participationId, new RoundDefinition.StakeholderInput(
                        given.organisation(), given.contactName(), given.email(), given.category(), given.language(),
                        null), caller, locale);
            } catch (InvalidInputException invalid) {
                errors.addAll(invalid.errors());
            }
        }
        if (!errors.isEmpty()) {
            // the transaction rolls back: a stakeholder added before an error found later is not kept
            throw new InvalidInputException(errors);
        }
        PactVersion inForce = pactInForce.versionOrRefuse(round.id(), "accession.error.notInForce", locale);
        if (pactInForce.signed(inForce, acceding.id())) {
            throw new ConflictException(text("accession.error.signed", locale, acceding.contact().organisation()));
        }
        Accession accession = accessions.invite(round.id(), inForce.id(), acceding.id(),
                acceding.contact().organisation(), caller.username(), dueAt,
                text("accession.error.invited", locale, acceding.contact().organisation()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.ROUND_ID, round.id().toString());
        variables.put(ProcessVariables.ACCESSION_ID, accession.id().toString());
        variables.put(ProcessVariables.PARTICIPATION_ID, acceding.id().toString());
        variables.put(ProcessVariables.PACT_VERSION_ID, inForce.id().toString());
        variables.put(ProcessVariables.FACILITATOR_GROUP, ProcessVariables.facilitatorGroup(round.regionId()));
        variables.put(ProcessVariables.ACCESSION_DUE_AT, Date.from(dueAt));
        variables.put(ProcessVariables.ACCESSION_REMINDER_AT, Date.from(reminderAt(dueAt)));
        runtime.startProcessInstanceByKey(AccessionProcess.KEY, round.id().toString(), variables);
        return accession;
    }

    /** the reminder, {@code reminderBefore} the due date; halfway there for a due date sooner than that */
    private Instant reminderAt(Instant dueAt) {
        Instant now = clock.instant();
        Instant before = dueAt.minus(properties.reminderBefore());
        return before.isAfter(now) ? before : now.plus(Duration.between(now, dueAt).dividedBy(2));
    }

    /** the end of the given day in the round's time zone; none given, the end of the day the default from now reaches */
    private Instant dueAt(Round round, String dueDate, Locale locale, List<FieldError> errors) {
        Instant now = clock.instant();
        if (dueDate == null || dueDate.isBlank()) {
            return LocalDate.ofInstant(now.plus(properties.dueAfter()), round.timeZone()).plusDays(1)
                    .atStartOfDay(round.timeZone()).toInstant();
        }
        LocalDate today = LocalDate.ofInstant(now, round.timeZone());
        try {
            LocalDate day = LocalDate.parse(dueDate.strip());
            if (!day.isAfter(today) || day.isAfter(today.plusDays(MAX_DUE_DAYS))) {
                errors.add(new FieldError("dueDate", text("accession.error.dueDateRange", locale, MAX_DUE_DAYS)));
                return now;
            }
            return day.plusDays(1).atStartOfDay(round.timeZone()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("dueDate", text("accession.error.dueDate", locale)));
            return now;
        }
    }

    private UUID participationId(String text, Locale locale, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("participationId", text("accession.error.participation", locale)));
            return null;
        }
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
