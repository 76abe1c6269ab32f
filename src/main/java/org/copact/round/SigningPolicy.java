package org.copact.round;

import java.util.List;
import org.copact.stakeholder.StakeholderCategory;

/**
 * The signing rule of a round with its numbers: the quorum of {@link SigningRule#AUTHORITIES_PLUS_QUORUM}
 * (null otherwise), the groups of {@link SigningRule#ORDERED_GROUPS} in the order they are asked
 * (empty otherwise).
 */
public record SigningPolicy(SigningRule rule, Integer quorum, List<SigningGroup> groups) {

    public static final StakeholderCategory AUTHORITY = StakeholderCategory.PUBLIC_AUTHORITY;

    public SigningPolicy {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public static SigningPolicy all() {
        return new SigningPolicy(SigningRule.ALL, null, List.of());
    }

    /** How many stages the signature has: one per group, or one for the other rules. */
    public int stages() {
        return rule == SigningRule.ORDERED_GROUPS ? groups.size() : 1;
    }
}
