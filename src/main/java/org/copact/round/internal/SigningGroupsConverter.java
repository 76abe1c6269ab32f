package org.copact.round.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.copact.round.SigningGroup;
import org.copact.stakeholder.StakeholderCategory;

/** The groups of an ORDERED_GROUPS rule as one text column: a line per group, {@code SME,NGO=ALL} or {@code SME,NGO=2}. */
@Converter
class SigningGroupsConverter implements AttributeConverter<List<SigningGroup>, String> {

    static final String ALL = "ALL";

    @Override
    public String convertToDatabaseColumn(List<SigningGroup> groups) {
        if (groups == null || groups.isEmpty()) {
            return null;
        }
        return groups.stream().map(g -> g.categories().stream().map(Enum::name).collect(Collectors.joining(","))
                + "=" + (g.rule() == SigningGroup.Rule.ALL ? ALL : String.valueOf(g.atLeast())))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public List<SigningGroup> convertToEntityAttribute(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(line -> {
            String[] parts = line.split("=", 2);
            List<StakeholderCategory> categories = Arrays.stream(parts[0].split(","))
                    .map(StakeholderCategory::valueOf).toList();
            return parts[1].equals(ALL) ? new SigningGroup(categories, SigningGroup.Rule.ALL, null)
                    : new SigningGroup(categories, SigningGroup.Rule.AT_LEAST, Integer.valueOf(parts[1]));
        }).toList();
    }
}
