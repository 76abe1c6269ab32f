package org.copact.round;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.copact.round.RoundDefinition.SigningGroupInput;
import org.copact.round.RoundDefinition.ValidStakeholder;
import org.copact.stakeholder.ParticipationRole;
import org.copact.stakeholder.StakeholderCategory;

/**
 * Checks the signing rule of a definition against its signatories: a rule nobody can meet is a
 * field error at definition, not a signature stage that can never end.
 */
final class SigningPolicyValidator {

    static final int MAX_GROUPS = 10;

    private SigningPolicyValidator() {
    }

    /** The policy, or null when a field error was added; {@code stakeholders} are the valid ones so far. */
    static SigningPolicy validate(RoundDefinition input, List<ValidStakeholder> stakeholders, RoundFieldErrors errors) {
        SigningRule rule = SigningRule.ALL;
        if (input.signingRule() != null && !input.signingRule().isBlank()) {
            rule = parse(SigningRule.class, input.signingRule());
            if (rule == null) {
                errors.add("signingRule", "round.error.oneOf", names(SigningRule.values()));
                return null;
            }
        }
        List<StakeholderCategory> signatories = stakeholders.stream()
                .filter(s -> s.roles().contains(ParticipationRole.SIGNATORY) && s.category() != null)
                .map(ValidStakeholder::category).toList();
        if (rule != SigningRule.AUTHORITIES_PLUS_QUORUM && input.signingQuorum() != null) {
            errors.add("signingQuorum", "round.error.quorumOnlyWith");
        }
        boolean anyGroup = input.signingGroups() != null && !input.signingGroups().isEmpty();
        if (rule != SigningRule.ORDERED_GROUPS && anyGroup) {
            errors.add("signingGroups", "round.error.groupsOnlyWith");
        }
        return switch (rule) {
            case ALL -> SigningPolicy.all();
            case AUTHORITIES_PLUS_QUORUM -> quorum(input.signingQuorum(), signatories, errors);
            case ORDERED_GROUPS -> groups(input.signingGroups(), signatories, errors);
        };
    }

    private static SigningPolicy quorum(Integer quorum, List<StakeholderCategory> signatories, RoundFieldErrors errors) {
        long authorities = signatories.stream().filter(SigningPolicy.AUTHORITY::equals).count();
        long others = signatories.size() - authorities;
        if (authorities == 0 && !signatories.isEmpty()) {
            errors.add("signingRule", "round.error.noAuthoritySignatory");
        }
        if (quorum == null) {
            errors.add("signingQuorum", "round.error.empty");
        } else if (quorum < 1) {
            errors.add("signingQuorum", "round.error.atLeastOne");
        } else if (!signatories.isEmpty() && quorum > others) {
            errors.add("signingQuorum", "round.error.quorumAbove", String.valueOf(others));
        }
        return new SigningPolicy(SigningRule.AUTHORITIES_PLUS_QUORUM, quorum, List.of());
    }

    private static SigningPolicy groups(List<SigningGroupInput> inputs, List<StakeholderCategory> signatories,
            RoundFieldErrors errors) {
        if (inputs == null || inputs.isEmpty()) {
            errors.add("signingGroups", "round.error.noGroup");
            return null;
        }
        if (inputs.size() > MAX_GROUPS) {
            errors.add("signingGroups", "round.error.tooManyGroups", String.valueOf(MAX_GROUPS));
            return null;
        }
        List<SigningGroup> groups = new ArrayList<>();
        Set<StakeholderCategory> seen = EnumSet.noneOf(StakeholderCategory.class);
        for (int i = 0; i < inputs.size(); i++) {
            String path = "signingGroups[" + i + "]";
            SigningGroupInput in = inputs.get(i);
            if (in == null || in.categories() == null || in.categories().isEmpty()) {
                errors.add(path + ".categories", "round.error.empty");
                continue;
            }
            List<StakeholderCategory> categories = new ArrayList<>();
            for (int c = 0; c < in.categories().size(); c++) {
                StakeholderCategory category = parse(StakeholderCategory.class, in.categories().get(c));
                if (category == null) {
                    errors.add(path + ".categories[" + c + "]", "round.error.oneOf",
                            names(StakeholderCategory.values()));
                } else if (!seen.add(category)) {
                    errors.add(path + ".categories[" + c + "]", "round.error.categoryTwice");
                } else {
                    categories.add(category);
                }
            }
            SigningGroup.Rule groupRule = in.rule() == null || in.rule().isBlank() ? SigningGroup.Rule.ALL
                    : parse(SigningGroup.Rule.class, in.rule());
            if (groupRule == null) {
                errors.add(path + ".rule", "round.error.oneOf", names(SigningGroup.Rule.values()));
                continue;
            }
            long members = signatories.stream().filter(categories::contains).count();
            if (members == 0 && !categories.isEmpty() && !signatories.isEmpty()) {
                errors.add(path + ".categories", "round.error.groupWithoutSignatory");
            }
            Integer atLeast = null;
            if (groupRule == SigningGroup.Rule.AT_LEAST) {
                atLeast = in.atLeast();
                if (atLeast == null) {
                    errors.add(path + ".atLeast", "round.error.empty");
                } else if (atLeast < 1) {
                    errors.add(path + ".atLeast", "round.error.atLeastOne");
                } else if (members > 0 && atLeast > members) {
                    errors.add(path + ".atLeast", "round.error.atLeastAbove", String.valueOf(members));
                }
            } else if (in.atLeast() != null) {
                errors.add(path + ".atLeast", "round.error.atLeastOnlyWith");
            }
            groups.add(new SigningGroup(categories, groupRule, atLeast));
        }
        String outside = signatories.stream().filter(c -> !seen.contains(c)).distinct().map(Enum::name).sorted()
                .collect(Collectors.joining(", "));
        if (!outside.isEmpty()) {
            errors.add("signingGroups", "round.error.categoryInNoGroup", outside);
        }
        return new SigningPolicy(SigningRule.ORDERED_GROUPS, null, groups);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst().orElse(null);
    }

    static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
