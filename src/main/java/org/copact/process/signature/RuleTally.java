package org.copact.process.signature;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.copact.round.SigningGroup;
import org.copact.round.SigningPolicy;
import org.copact.round.SigningRule;
import org.copact.signing.SignatureDecision;
import org.copact.stakeholder.StakeholderCategory;

/**
 * A signing rule counted against the answers given to one version: per stage (a group of
 * ORDERED_GROUPS, or the whole of the other rules) whether it is met, can no longer be met, or is
 * still open. Pure: {@link SignatureRules} brings the signatories and the answers.
 */
record RuleTally(SigningPolicy policy, List<Signatory> signatories, Map<UUID, SignatureDecision> answers) {

    record Signatory(UUID id, StakeholderCategory category) {
    }

    enum Status {
        MET, IMPOSSIBLE, OPEN
    }

    List<Integer> stages() {
        return IntStream.range(0, policy.stages()).boxed().toList();
    }

    /** The signatories a stage asks: those of its group's categories, or all of them. */
    List<Signatory> members(int stage) {
        if (policy.rule() != SigningRule.ORDERED_GROUPS) {
            return signatories;
        }
        SigningGroup group = policy.groups().get(stage);
        return signatories.stream().filter(s -> group.holds(s.category())).toList();
    }

    List<UUID> unanswered(int stage) {
        return members(stage).stream().map(Signatory::id).filter(id -> !answers.containsKey(id)).toList();
    }

    Status status(int stage) {
        List<Signatory> members = members(stage);
        return switch (policy.rule()) {
            case ALL -> count(members, SignatureDecision.SIGN) == members.size() && !members.isEmpty() ? Status.MET
                    : count(members, SignatureDecision.DECLINE) > 0 ? Status.IMPOSSIBLE : Status.OPEN;
            case AUTHORITIES_PLUS_QUORUM -> quorum(members);
            case ORDERED_GROUPS -> atLeast(members, policy.groups().get(stage).needed(members.size()));
        };
    }

    private Status quorum(List<Signatory> members) {
        List<Signatory> authorities = members.stream().filter(s -> s.category() == SigningPolicy.AUTHORITY).toList();
        List<Signatory> others = members.stream().filter(s -> s.category() != SigningPolicy.AUTHORITY).toList();
        int needed = policy.quorum();
        if (count(authorities, SignatureDecision.SIGN) == authorities.size()
                && count(others, SignatureDecision.SIGN) >= needed) {
            return Status.MET;
        }
        boolean authorityDeclined = count(authorities, SignatureDecision.DECLINE) > 0;
        return authorityDeclined || others.size() - count(others, SignatureDecision.DECLINE) < needed
                ? Status.IMPOSSIBLE : Status.OPEN;
    }

    private Status atLeast(List<Signatory> members, int needed) {
        if (count(members, SignatureDecision.SIGN) >= needed) {
            return Status.MET;
        }
        return members.size() - count(members, SignatureDecision.DECLINE) < needed ? Status.IMPOSSIBLE : Status.OPEN;
    }

    private int count(List<Signatory> members, SignatureDecision decision) {
        return (int) members.stream().filter(s -> answers.get(s.id()) == decision).count();
    }

    /** The whole rule: every stage met. */
    boolean met() {
        return stages().stream().allMatch(stage -> status(stage) == Status.MET);
    }

    /** The stage being signed now: the first not met (or the last, when all are). */
    int current() {
        return stages().stream().filter(stage -> status(stage) != Status.MET).findFirst()
                .orElse(policy.stages() - 1);
    }

    /** Whether the signature cannot go on: the current stage can no longer be met. */
    boolean failed() {
        return !met() && status(current()) == Status.IMPOSSIBLE;
    }
}
