package org.copact.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.round.RoundDefinition.SigningGroupInput;
import org.copact.round.RoundDefinition.StakeholderInput;
import org.copact.stakeholder.StakeholderCategory;
import org.junit.jupiter.api.Test;

/** The signing rules of a definition, checked against its signatories: a rule nobody can meet is refused. */
class SigningRuleDefinitionTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final List<String> SIGNS = List.of("SIGNATORY");

    private final RoundDefinitionValidator validator = new RoundDefinitionValidator(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldKeepTheQuorumOfAuthoritiesPlusQuorum() {
        SigningPolicy policy = valid(definition("AUTHORITIES_PLUS_QUORUM", 2, null)).signing();

        assertThat(policy.rule()).isEqualTo(SigningRule.AUTHORITIES_PLUS_QUORUM);
        assertThat(policy.quorum()).isEqualTo(2);
        assertThat(policy.stages()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAQuorumAboveTheOtherSignatoriesInTheReadersLanguage() {
        assertThat(errors(definition("AUTHORITIES_PLUS_QUORUM", 4, null), Locale.ENGLISH)).containsExactly(
                new FieldError("signingQuorum",
                        "must be at most 3, the number of signatories that are not public authorities"));
        assertThat(errors(definition("AUTHORITIES_PLUS_QUORUM", 4, null), Locale.forLanguageTag("ro")))
                .containsExactly(new FieldError("signingQuorum",
                        "trebuie să fie cel mult 3, numărul semnatarilor care nu sunt autorități publice"));
        assertThat(errors(definition("AUTHORITIES_PLUS_QUORUM", 0, null), Locale.ENGLISH))
                .containsExactly(new FieldError("signingQuorum", "must be at least 1"));
        assertThat(errors(definition("AUTHORITIES_PLUS_QUORUM", null, null), Locale.ENGLISH))
                .containsExactly(new FieldError("signingQuorum", "must not be empty"));
    }

    @Test
    void shouldRefuseAuthoritiesPlusQuorumWithoutAnAuthorityAmongTheSignatories() {
        RoundDefinition withoutAuthority = new RoundDefinition("Pact", null, null, "ro", List.of("ro"),
                "2026-03-15T17:00:00+02:00", "P2D", "2026-03-29T17:00:00+03:00", "2026-04-12T17:00:00+03:00",
                "AUTHORITIES_PLUS_QUORUM", null, List.of(person("a", "SME"), person("b", "NGO")), 1, null, null);

        assertThat(errors(withoutAuthority, Locale.ENGLISH)).containsExactly(new FieldError("signingRule",
                "needs at least one signatory of the category PUBLIC_AUTHORITY"));
    }

    @Test
    void shouldRefuseAQuorumOrGroupsGivenWithAnotherRule() {
        assertThat(errors(definition("ALL", 2, List.of(new SigningGroupInput(List.of("SME"), "ALL", null))),
                Locale.ENGLISH)).extracting(FieldError::field).containsExactly("signingQuorum", "signingGroups");
    }

    @Test
    void shouldKeepOrderedGroupsInTheirOrder() {
        SigningPolicy policy = valid(definition("ORDERED_GROUPS", null, List.of(
                new SigningGroupInput(List.of("sme", "NGO", "ACADEMIA"), "AT_LEAST", 2),
                new SigningGroupInput(List.of("PUBLIC_AUTHORITY"), null, null)))).signing();

        assertThat(policy.stages()).isEqualTo(2);
        assertThat(policy.groups()).containsExactly(
                new SigningGroup(List.of(StakeholderCategory.SME, StakeholderCategory.NGO, StakeholderCategory.ACADEMIA),
                        SigningGroup.Rule.AT_LEAST, 2),
                new SigningGroup(List.of(StakeholderCategory.PUBLIC_AUTHORITY), SigningGroup.Rule.ALL, null));
    }

    @Test
    void shouldRefuseGroupsThatCannotBeSigned() {
        assertThat(errors(definition("ORDERED_GROUPS", null, List.of(
                new SigningGroupInput(List.of("SME", "NGO"), "AT_LEAST", 3),
                new SigningGroupInput(List.of("NGO", "CLUSTER"), "ALL", null),
                new SigningGroupInput(List.of("PUBLIC_AUTHORITY"), "MOST", null))), Locale.ENGLISH)).containsExactly(
                new FieldError("signingGroups[0].atLeast", "must be at most 2, the number of signatories in this group"),
                new FieldError("signingGroups[1].categories[0]",
                        "is already in a group: each category belongs to one group only"),
                new FieldError("signingGroups[1].categories", "no signatory of the round is of these categories"),
                new FieldError("signingGroups[2].rule", "must be one of ALL, AT_LEAST"),
                new FieldError("signingGroups", "signatories of these categories are in no group: ACADEMIA"));
        assertThat(errors(definition("ORDERED_GROUPS", null, null), Locale.ENGLISH))
                .containsExactly(new FieldError("signingGroups", "name at least one group of signatories"));
    }

    @Test
    void shouldSayTheRuleInTheReadersLanguage() {
        SigningPolicy policy = new SigningPolicy(SigningRule.ORDERED_GROUPS, null, List.of(
                new SigningGroup(List.of(StakeholderCategory.SME, StakeholderCategory.NGO), SigningGroup.Rule.AT_LEAST, 2),
                new SigningGroup(List.of(StakeholderCategory.PUBLIC_AUTHORITY), SigningGroup.Rule.ALL, null)));

        assertThat(SigningPolicyText.lines(policy, RoundFieldErrors.bundles(), Locale.forLanguageTag("ro")))
                .containsExactly(
                        "Semnatarii semnează pe grupuri, un grup după altul; pactul intră în vigoare după ce a semnat fiecare grup.",
                        "Grupul 1 (IMM, ONG): semnează cel puțin 2 dintre ei",
                        "Grupul 2 (autoritate publică): semnează toți");
    }

    private RoundDefinition.Valid valid(RoundDefinition definition) {
        return validator.validate(definition, "RO-IF");
    }

    private List<FieldError> errors(RoundDefinition definition, Locale locale) {
        return catchThrowableOfType(InvalidInputException.class, () -> validator.validate(definition, "RO-IF", locale))
                .errors();
    }

    /** An authority and three others, all signatories. */
    private static RoundDefinition definition(String rule, Integer quorum, List<SigningGroupInput> groups) {
        return new RoundDefinition("Pactul verde local", null, null, "ro", List.of("ro"), "2026-03-15T17:00:00+02:00",
                "P2D", "2026-03-29T17:00:00+03:00", "2026-04-12T17:00:00+03:00", rule, null,
                List.of(person("primaria", "PUBLIC_AUTHORITY"), person("eco", "SME"), person("verde", "NGO"),
                        person("univ", "ACADEMIA")), quorum, groups, null);
    }

    private static StakeholderInput person(String name, String category) {
        return new StakeholderInput(name, "Contact " + name, name + "@example.org", category, "ro", SIGNS);
    }
}
