package org.copact.round;

import java.util.List;
import org.copact.stakeholder.StakeholderCategory;

/**
 * One group of an {@link SigningRule#ORDERED_GROUPS} rule: the signatories of these categories,
 * asked together, done when all of them signed ({@link Rule#ALL}) or at least {@code atLeast}.
 */
public record SigningGroup(List<StakeholderCategory> categories, Rule rule, Integer atLeast) {

    public enum Rule {
        ALL, AT_LEAST
    }

    public SigningGroup {
        categories = List.copyOf(categories);
    }

    /** How many of {@code members} signatories must sign: all of them, or {@code atLeast}. */
    public int needed(int members) {
        return rule == Rule.ALL ? members : atLeast;
    }

    public boolean holds(StakeholderCategory category) {
        return categories.contains(category);
    }
}
