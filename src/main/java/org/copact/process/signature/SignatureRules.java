package org.copact.process.signature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.round.SigningPolicy;
import org.copact.signing.Signature;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningService;
import org.copact.stakeholder.ParticipationRole;
import org.copact.stakeholder.Participations;
import org.springframework.stereotype.Component;

/**
 * What {@code pact-signature.bpmn} asks of the round's signing rule: its stages, whom each asks,
 * and whether a stage (and the whole rule) is met, can no longer be met, or is still open, counted
 * from the signatures and declines on record for the version, never from the path the process took.
 */
@Component("signatureRules")
public class SignatureRules {

    private final RoundService rounds;
    private final Participations participations;
    private final SigningService signing;
    private final Clock clock;

    SignatureRules(RoundService rounds, Participations participations, SigningService signing, Clock clock) {
        this.rounds = rounds;
        this.participations = participations;
        this.signing = signing;
        this.clock = clock;
    }

    /** The stages, asked one after another: one per group, or one for the other rules. */
    public List<Integer> stages(String roundId) {
        return tally(roundId, null).stages();
    }

    /** Who a stage asks: its signatories who have not answered this version yet; nobody once the stage is met. */
    public List<String> toAsk(String roundId, String pactVersionId, Integer stage) {
        RuleTally tally = tally(roundId, pactVersionId);
        return tally.status(stage) == RuleTally.Status.MET ? List.of() : ids(tally.unanswered(stage));
    }

    /** The completion of a stage: its rule met, no longer possible, or drafting reopened by the facilitator. */
    public boolean stageDecided(String roundId, String pactVersionId, Integer stage, Boolean reopened) {
        return Boolean.TRUE.equals(reopened) || tally(roundId, pactVersionId).status(stage) != RuleTally.Status.OPEN;
    }

    /** After a decline: whether the stage's rule can still be met without that signatory. */
    public boolean stillPossible(String roundId, String pactVersionId, Integer stage) {
        return tally(roundId, pactVersionId).status(stage) != RuleTally.Status.IMPOSSIBLE;
    }

    /** The completion of the stages: the current one can no longer be met, or drafting was reopened. */
    public boolean stopped(String roundId, String pactVersionId, Boolean reopened) {
        return Boolean.TRUE.equals(reopened) || tally(roundId, pactVersionId).failed();
    }

    /** The whole rule met by the signatures on record: the pact can enter into force. */
    public boolean met(String roundId, String pactVersionId) {
        return tally(roundId, pactVersionId).met();
    }

    /** The whole rule met by the latest version's signatures, for the round's own process. */
    public boolean metForLatest(String roundId, UUID pactVersionId) {
        return met(roundId, pactVersionId.toString());
    }

    /** Once a stage is met, those of it who had not answered: their requests are withdrawn. */
    public List<String> unneeded(String roundId, String pactVersionId, Integer stage) {
        RuleTally tally = tally(roundId, pactVersionId);
        return tally.status(stage) == RuleTally.Status.MET ? ids(tally.unanswered(stage)) : List.of();
    }

    /** Those whose signature is awaited now: who has not answered in the current stage. */
    public List<String> awaiting(String roundId, String pactVersionId) {
        RuleTally tally = tally(roundId, pactVersionId);
        return tally.met() ? List.of() : ids(tally.unanswered(tally.current()));
    }

    /** When the version is withdrawn: those who signed it (their signature lapses) and those still asked. */
    public List<String> concernedByWithdrawal(String roundId, String pactVersionId) {
        List<String> signers = signing.signatures(UUID.fromString(pactVersionId)).stream()
                .filter(s -> s.decision() == SignatureDecision.SIGN)
                .map(s -> s.participationId().toString()).toList();
        return Stream.concat(signers.stream(), awaiting(roundId, pactVersionId).stream()).distinct().toList();
    }

    /** The signature deadline the round was defined with. */
    public Date deadline(String roundId) {
        return Date.from(rounds.round(UUID.fromString(roundId)).signatureDeadline());
    }

    /** When the signature is reminded of, for the round's own deadline. */
    public Date reminderAt(String roundId) {
        Round round = rounds.round(UUID.fromString(roundId));
        return reminderAt(round, round.signatureDeadline());
    }

    /**
     * {@code signatureReminderBefore} ahead of the deadline, never earlier than half-way from now to
     * the deadline (a signature opened late is not reminded of at once), and never after the deadline.
     */
    public Date reminderAt(Round round, Instant deadline) {
        Instant now = clock.instant();
        Instant wanted = deadline.minus(round.signatureReminderBefore());
        Instant halfway = now.isBefore(deadline) ? now.plus(Duration.between(now, deadline).dividedBy(2)) : deadline;
        return Date.from(wanted.isBefore(halfway) ? halfway : wanted);
    }

    /** The round's signing rule, as the facilitator's and the signatories' pages show it. */
    public SigningPolicy policy(UUID roundId) {
        return rounds.round(roundId).signingPolicy();
    }

    RuleTally tally(String roundId, String pactVersionId) {
        UUID round = UUID.fromString(roundId);
        List<RuleTally.Signatory> signatories = participations.ofRound(round).stream()
                .filter(p -> p.has(ParticipationRole.SIGNATORY))
                .map(p -> new RuleTally.Signatory(p.id(), p.contact().category())).toList();
        Map<UUID, SignatureDecision> answers = new LinkedHashMap<>();
        if (pactVersionId != null) {
            for (Signature signature : signing.signatures(UUID.fromString(pactVersionId))) {
                answers.put(signature.participationId(), signature.decision());
            }
        }
        return new RuleTally(rounds.round(round).signingPolicy(), signatories, answers);
    }

    private static List<String> ids(List<UUID> ids) {
        return new ArrayList<>(ids.stream().map(UUID::toString).toList());
    }
}
