package org.copact.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The conditional fields of a page, decided on the server under what the page holds now, as the
 * page's script asks; and what a hidden field holds is not kept, as form-js does not submit it.
 */
class PageConditionsTests {

    private final FormDefinition verdict = FormValidatorExtensionsTests.realForm("confirm-signed-copy");
    private final FormDefinition followUp = FormValidatorExtensionsTests.read("forms/test-conditions.form",
            Path.of("src/test/resources/forms/test-conditions.form"));

    @Test
    void shouldShowTheReasonOnceTheVerdictIsToReject() {
        assertThat(PageConditions.decide(verdict, posted("_csrf", "token")))
                .isEqualTo(new PageConditions.Decided(List.of("reason"), List.of()));
        assertThat(PageConditions.decide(verdict, posted("decision", "CONFIRM")).hidden()).containsExactly("reason");
        assertThat(PageConditions.decide(verdict, posted("decision", "REJECT")))
                .isEqualTo(new PageConditions.Decided(List.of(), List.of("reason")));
    }

    @Test
    void shouldDecideEachRowOfAListByItsOwnValuesUnderTheNamesThePagePosts() {
        PageConditions.Decided decided = PageConditions.decide(followUp, posted("followUp", "yes",
                "contacts[0].name", "Ana", "contacts[0].channel", "phone",
                "contacts[3].name", "", "contacts[3].channel", "email"));

        assertThat(decided.hidden()).containsExactly("contacts[0].address");
        assertThat(decided.shown()).containsExactly("when", "contacts[3].address");
    }

    @Test
    void shouldNotKeepWhatAHiddenFieldHolds() {
        assertThat(PageConditions.shownOnly(verdict, Map.of("decision", "CONFIRM", "reason", "typed before")))
                .containsExactly(Map.entry("decision", "CONFIRM"));
        assertThat(PageConditions.shownOnly(verdict, Map.of("decision", "REJECT", "reason", "unsigned")))
                .containsEntry("reason", "unsigned");

        Map<String, Object> values = PostedForm.read(followUp, posted("followUp", "no", "when", "Monday",
                "contacts[0].channel", "phone", "contacts[0].address", "ana@eco.example",
                "contacts[1].channel", "email", "contacts[1].address", "dan@eco.example"));
        assertThat(PageConditions.shownOnly(followUp, values)).isEqualTo(Map.of("followUp", "no",
                "contacts", List.of(Map.of("channel", "phone"),
                        Map.of("channel", "email", "address", "dan@eco.example"))));
    }

    private static Map<String, String[]> posted(String... namesAndValues) {
        Map<String, String[]> posted = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            posted.put(namesAndValues[i], new String[] {namesAndValues[i + 1]});
        }
        return posted;
    }
}
