package org.copact.overview;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.copact.round.RoundDefinition;
import org.copact.round.SigningGroup;
import org.copact.round.SigningRule;

/**
 * The page's form for a new round, as typed. Stakeholders are one a line, as a facilitator pastes
 * them from a spreadsheet: organisation; contact; email; category; language; roles (comma-separated,
 * all three when left out). The round's own validator checks everything, so mistakes read the same
 * as over the API.
 */
record RoundForm(String title, String topic, String defaultLanguage, List<String> languages,
        String consultationDeadline, String reviewDeadline, String signatureDeadline, String targetAnswers,
        String targetSignatories, String stakeholders, boolean commentsVisibleToAll, String signingRule,
        String signingQuorum, String signingGroups) {

    static final List<String> ALL_ROLES = List.of("PARTICIPANT", "REVIEWER", "SIGNATORY");

    static RoundForm blank() {
        return new RoundForm("", "", "en", List.of("en"), "", "", "", "", "", "", false, SigningRule.ALL.name(), "", "");
    }

    static RoundForm from(Map<String, String[]> posted) {
        return new RoundForm(one(posted, "title"), one(posted, "topic"), one(posted, "defaultLanguage"),
                posted.containsKey("languages") ? List.of(posted.get("languages")) : List.of(),
                one(posted, "consultationDeadline"), one(posted, "reviewDeadline"), one(posted, "signatureDeadline"),
                one(posted, "targetAnswers"), one(posted, "targetSignatories"), one(posted, "stakeholders"),
                "true".equals(one(posted, "commentsVisibleToAll")),
                one(posted, "signingRule"), one(posted, "signingQuorum"), one(posted, "signingGroups"));
    }

    RoundDefinition definition() {
        List<RoundDefinition.StakeholderInput> people = new ArrayList<>();
        for (String line : stakeholders.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = Arrays.stream(line.split(";", -1)).map(String::strip).toArray(String[]::new);
            String roles = cells.length > 5 ? cells[5] : "";
            people.add(new RoundDefinition.StakeholderInput(cell(cells, 0), cell(cells, 1), cell(cells, 2),
                    cell(cells, 3), cell(cells, 4), roles.isBlank() ? ALL_ROLES
                            : Arrays.stream(roles.split(",")).map(String::strip).toList()));
        }
        return new RoundDefinition(title, topic, null, defaultLanguage, languages, endOfDay(consultationDeadline),
                "P2D", endOfDay(reviewDeadline), endOfDay(signatureDeadline), signingRule,
                new RoundDefinition.TargetsInput(number(targetAnswers), number(targetSignatories)), people,
                commentsVisibleToAll)
                .withSigning(signingRule, SigningRule.AUTHORITIES_PLUS_QUORUM.name().equals(signingRule) ? number(signingQuorum) : null,
                        SigningRule.ORDERED_GROUPS.name().equals(signingRule) ? groups() : null);
    }

    /** One group a line: categories, comma-separated; then ALL or the least number that signs (ALL when left out). */
    private List<RoundDefinition.SigningGroupInput> groups() {
        List<RoundDefinition.SigningGroupInput> groups = new ArrayList<>();
        for (String line : signingGroups == null ? new String[0] : signingGroups.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(";", 2);
            List<String> categories = Arrays.stream(cells[0].split(",")).map(String::strip)
                    .filter(c -> !c.isEmpty()).toList();
            String rule = cells.length > 1 ? cells[1].strip() : "";
            boolean all = rule.isEmpty() || rule.equalsIgnoreCase(SigningGroup.Rule.ALL.name());
            groups.add(new RoundDefinition.SigningGroupInput(categories, (all ? SigningGroup.Rule.ALL : SigningGroup.Rule.AT_LEAST).name(),
                    all ? null : number(rule)));
        }
        return groups;
    }

    /** A date on the page is the whole of that day, in UTC; anything else goes to the validator as typed. */
    private static String endOfDay(String date) {
        try {
            return LocalDate.parse(date).atTime(23, 59).toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            return date;
        }
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String cell(String[] cells, int index) {
        return index < cells.length ? cells[index] : "";
    }

    private static String one(Map<String, String[]> posted, String name) {
        String[] values = posted.get(name);
        return values == null || values.length == 0 ? "" : values[0];
    }
}
