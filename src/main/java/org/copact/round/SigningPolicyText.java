package org.copact.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/** A signing rule in the words of one language, as every signatory and the round's page show it. */
public final class SigningPolicyText {

    private SigningPolicyText() {
    }

    /** The rule, then (for groups) one line per group in the order they are asked. */
    public static List<String> lines(SigningPolicy policy, MessageSource messages, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.getMessage("signing.rule." + policy.rule().name(),
                policy.quorum() == null ? null : new Object[] {policy.quorum()}, locale));
        for (int i = 0; i < policy.groups().size(); i++) {
            SigningGroup group = policy.groups().get(i);
            String categories = group.categories().stream()
                    .map(c -> messages.getMessage("pact.pdf.category." + c.name(), null, locale))
                    .collect(Collectors.joining(", "));
            String rule = messages.getMessage("signing.group." + group.rule().name(),
                    group.atLeast() == null ? null : new Object[] {group.atLeast()}, locale);
            lines.add(messages.getMessage("signing.group", new Object[] {i + 1, categories, rule}, locale));
        }
        return lines;
    }

    public static String text(SigningPolicy policy, MessageSource messages, Locale locale) {
        return String.join("\n", lines(policy, messages, locale));
    }
}
