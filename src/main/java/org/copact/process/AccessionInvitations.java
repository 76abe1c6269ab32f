package org.copact.process;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.copact.common.ConflictException;
import org.copact.common.InvalidInputException;
import org.copact.identity.Caller;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.process.accession.AccessionProcess;
import org.copact.round.Round;
import org.copact.round.RoundChanges;
import org.copact.round.RoundDefinition;
import org.copact.round.RoundService;
import org.copact.signing.Accession;
import org.copact.signing.Accessions;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningService;
import org.copact.stakeholder.ParticipationView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facilitator invites an organisation to accede to the pact in force: a new one becomes a stakeholder
 * of the round, as a signatory; one of the round's becomes a signatory too. Its accession is recorded
 * and its {@code pact-accession} process starts, all in one transaction.
 */
@Component
public class AccessionInvitations {

    private final RoundChanges changes;
    private final RoundService rounds;
    private final PactService pacts;
    private final SigningService signing;
    private final Accessions accessions;
    private final RuntimeService runtime;
    private final MessageSource messages;

    AccessionInvitations(RoundChanges changes, RoundService rounds, PactService pacts, SigningService signing,
            Accessions accessions, RuntimeService runtime, MessageSource messages) {
        this.changes = changes;
        this.rounds = rounds;
        this.pacts = pacts;
        this.signing = signing;
        this.accessions = accessions;
        this.runtime = runtime;
        this.messages = messages;
    }

    /** Field errors and refusals in {@code locale}, the caller's language. */
    @Transactional
    public Accession invite(UUID roundId, AccessionInput input, Caller.Staff caller, Locale locale) {
        Round round = rounds.visibleRound(roundId, caller);
        AccessionInput given = input == null ? new AccessionInput(null, null, null, null, null, null) : input;
        UUID participationId = participationId(given.participationId(), locale);
        ParticipationView acceding = changes.addAcceding(round.id(), participationId,
                new RoundDefinition.StakeholderInput(given.organisation(), given.contactName(), given.email(),
                        given.category(), given.language(), null), caller, locale);
        PactVersion inForce = pacts.latest(round.id()).orElseThrow(() -> new ConflictException(
                text("accession.error.notInForce", locale)));
        boolean signed = signing.signatures(inForce.id()).stream().anyMatch(s -> s.decision() == SignatureDecision.SIGN
                && s.participationId().equals(acceding.id()));
        if (signed) {
            throw new ConflictException(text("accession.error.signed", locale, acceding.contact().organisation()));
        }
        Accession accession = accessions.invite(round.id(), inForce.id(), acceding.id(),
                acceding.contact().organisation(), caller.username(),
                text("accession.error.invited", locale, acceding.contact().organisation()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.ROUND_ID, round.id().toString());
        variables.put(ProcessVariables.ACCESSION_ID, accession.id().toString());
        variables.put(ProcessVariables.PARTICIPATION_ID, acceding.id().toString());
        variables.put(ProcessVariables.PACT_VERSION_ID, inForce.id().toString());
        variables.put(ProcessVariables.FACILITATOR_GROUP, ProcessVariables.facilitatorGroup(round.regionId()));
        runtime.startProcessInstanceByKey(AccessionProcess.KEY, round.id().toString(), variables);
        return accession;
    }

    private UUID participationId(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("participationId", text("accession.error.participation", locale));
        }
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
