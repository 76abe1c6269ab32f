package org.copact.process;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.copact.common.ConflictException;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.round.RoundStatus;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one place that says whether a round's pact is in force and whether an organisation signed the
 * version in force, for the pages and services of a pact in force (withdrawal, accession); a refusal
 * is a conflict in the caller's words.
 */
@Component
public class PactInForce {

    private final RoundService rounds;
    private final PactService pacts;
    private final SigningService signing;
    private final MessageSource messages;

    PactInForce(RoundService rounds, PactService pacts, SigningService signing, MessageSource messages) {
        this.rounds = rounds;
        this.pacts = pacts;
        this.signing = signing;
        this.messages = messages;
    }

    /** The version in force: the latest of a round whose pact is signed. */
    public Optional<PactVersion> version(UUID roundId) {
        Round round = rounds.round(roundId);
        return pacts.latest(roundId).filter(v -> round.status() == RoundStatus.SIGNED);
    }

    /** @throws ConflictException with the message {@code refusal} in {@code locale} when it is not in force */
    public PactVersion versionOrRefuse(UUID roundId, String refusal, Locale locale) {
        return version(roundId).orElseThrow(() -> new ConflictException(messages.getMessage(refusal, null, locale)));
    }

    /** Whether the organisation signed this version (its signature is a SIGN, not a decline). */
    public boolean signed(PactVersion version, UUID participationId) {
        return signing.signatures(version.id()).stream().anyMatch(s -> s.decision() == SignatureDecision.SIGN
                && s.participationId().equals(participationId));
    }

    /** Whether the organisation signed the version in force of the round. */
    public boolean signedInForce(UUID roundId, UUID participationId) {
        return version(roundId).map(v -> signed(v, participationId)).orElse(false);
    }
}
