package org.copact.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copact.common.FieldError;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * form-js's disabled and readonly, conditions on what only shows something, conditions that see the
 * task's variables, and the rows of a dynamic list, as form-js treats them: on the page and in the
 * validator (src/test/resources/forms/test-editing.form).
 */
class FieldEditingTests {

    private final FormDefinition form = FormValidatorExtensionsTests.read("forms/test-editing.form",
            Path.of("src/test/resources/forms/test-editing.form"));
    private static final Map<String, Object> LATE = Map.of("stage", "late", "owner", "Bea", "budget", 100);
    private static final Map<String, Object> ON_TIME = Map.of("stage", "on-time");

    @Test
    void shouldNeitherCheckNorKeepADisabledField() {
        FormValidator.Result result = FormValidator.validate(form, values("ref", "not a reference", "partners",
                List.of(Map.of("name", "Acme"))), ON_TIME);

        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).doesNotContainKey("ref");
        assertThat(FormValidator.validate(form, values("partners", List.of(Map.of("name", "Acme"))), ON_TIME)
                .errors()).as("required, but disabled").isEmpty();
    }

    @Test
    void shouldKeepTheValueAReadOnlyFieldHadWhateverWasPosted() {
        Map<String, Object> posted = values("owner", "Mallory", "budget", 999, "reason", "storms",
                "partners", List.of(Map.of("name", "Acme")));

        assertThat(FormValidator.validate(form, posted, LATE).values()).as("the variables' values")
                .containsEntry("owner", "Bea").containsEntry("budget", 100);
        assertThat(FormValidator.validate(form, posted, Map.of("stage", "late")).values())
                .as("the default, and nothing for a read-only field without one")
                .containsEntry("owner", "Ana").doesNotContainKey("budget");
        assertThat(FormValidator.validate(form, posted, ON_TIME).values())
                .as("readonly by an expression that yields false: editable").containsEntry("budget", 999);
    }

    @Test
    void shouldGiveConditionsTheTasksVariablesUnderTheFormsValues() {
        Map<String, Object> posted = values("partners", List.of(Map.of("name", "Acme")));

        assertThat(FormValidator.validate(form, posted, LATE).errors()).extracting(FieldError::field)
                .containsExactly("reason");
        assertThat(FormValidator.validate(form, posted, ON_TIME).errors()).isEmpty();
        assertThat(FormValidator.validate(form, values("stage", "x"), ON_TIME).errors()).as("stage is no field")
                .extracting(FieldError::field).contains("stage");
        assertThat(PageConditions.decide(form, Map.of(), LATE))
                .isEqualTo(new PageConditions.Decided(List.of(), List.of("#Text_Late", "reason")));
        assertThat(PageConditions.decide(form, Map.of(), ON_TIME).hidden()).containsExactly("#Text_Late", "reason");
        assertThat(PageConditions.shownOnly(form, values("reason", "storms"), ON_TIME)).isEmpty();
    }

    @Test
    void shouldAskForWhatABlankRowRequiresAndCheckAListNotSentAsItsDefaultRows() {
        assertThat(FormValidator.validate(form, values("partners", List.of(Map.of("name", "Acme"), Map.of())),
                ON_TIME).errors()).extracting(FieldError::field).containsExactly("partners[1].name");
        assertThat(FormValidator.validate(form, Map.of(), ON_TIME).errors()).as("two rows, as defaultRepetitions")
                .extracting(FieldError::field).containsExactly("partners[0].name", "partners[1].name");
        assertThat(FormValidator.validate(form, values("partners", List.of()), ON_TIME).errors())
                .as("every row removed").isEmpty();

        Map<String, String[]> posted = new LinkedHashMap<>();
        posted.put("partners[0].name", new String[] {""});
        assertThat(PostedForm.read(form, posted)).isEqualTo(Map.of("partners", List.of(Map.of())));
        assertThat(PostedForm.read(form, Map.of("partners" + PostedForm.EMPTY_LIST, new String[] {""})))
                .isEqualTo(Map.of("partners", List.of()));
    }

    @Test
    void shouldShowWhatCannotBeChangedAsTheFormHasItAndHideTextItsConditionHides() {
        Document late = page(Map.of("owner", "typed", "budget", 7), LATE);

        assertThat(late.select("input[name=ref]").hasAttr("disabled")).isTrue();
        assertThat(late.select("input[name=ref]").val()).isEqualTo("R-1");
        assertThat(late.select("input[name=owner]").hasAttr("readonly")).isTrue();
        assertThat(late.select("input[name=owner]").val()).isEqualTo("Bea");
        assertThat(late.select("input[name=budget]").hasAttr("readonly")).isTrue();
        assertThat(late.select("input[name=budget]").val()).isEqualTo("100");
        assertThat(late.select("[data-conditional=#Text_Late]").hasAttr("hidden")).isFalse();
        assertThat(late.text()).contains("This round is running late.");

        Document onTime = page(Map.of(), ON_TIME);
        assertThat(onTime.select("input[name=budget]").hasAttr("readonly")).isFalse();
        assertThat(onTime.select("input[name=owner]").val()).isEqualTo("Ana");
        assertThat(onTime.select("[data-conditional=#Text_Late]").hasAttr("hidden")).isTrue();
        assertThat(onTime.select("fieldset.list .list-rows input[name$=.name]")).as("defaultRepetitions").hasSize(2);
        assertThat(page(values("partners", List.of()), ON_TIME).select("fieldset.list .list-rows input"))
                .as("every row removed").isEmpty();
    }

    @Test
    void shouldRefuseWhatCopactCannotApplyNamingTheComponentAndTheProperty() {
        assertThatThrownBy(() -> read("{\"type\": \"textfield\", \"key\": \"a\", \"readonly\": \"yes\"}"))
                .hasMessageContaining("component 'a'").hasMessageContaining("readonly");
        assertThatThrownBy(() -> read("{\"type\": \"textfield\", \"key\": \"a\", \"readonly\": \"=a >\"}"))
                .hasMessageContaining("the readonly of component 'a' is not valid FEEL");
        assertThatThrownBy(() -> read("{\"type\": \"textfield\", \"key\": \"a\", \"disabled\": \"=b\"}"))
                .hasMessageContaining("component 'a'").hasMessageContaining("disabled");
        assertThatThrownBy(() -> read("{\"type\": \"filepicker\", \"key\": \"a\", \"readonly\": \"=b\"}"))
                .hasMessageContaining("filepicker 'a'").hasMessageContaining("readonly");
        assertThatThrownBy(() -> read("{\"type\": \"text\", \"id\": \"Text_1\", \"text\": \"x\","
                + " \"conditional\": {\"hide\": \"a\"}}")).hasMessageContaining("Text_1")
                .hasMessageContaining("condition");
        assertThatThrownBy(() -> read("{\"type\": \"dynamiclist\", \"path\": \"rows\", \"defaultRepetitions\": -1,"
                + " \"components\": []}")).hasMessageContaining("defaultRepetitions");
    }

    /** A row's condition naming {@code this} means the same on the page, live, on the server and on saving. */
    @Test
    void aRowsConditionOnThisMeansTheSameOnThePageLiveInTheValidatorAndOnSaving() throws IOException {
        FormDefinition rows = read("{\"type\": \"dynamiclist\", \"path\": \"partners\", \"components\": ["
                + "{\"type\": \"textfield\", \"key\": \"kind\", \"label\": \"Kind\"},"
                + "{\"type\": \"textfield\", \"key\": \"vat\", \"label\": \"VAT number\","
                + " \"validate\": {\"required\": true}, \"conditional\": {\"hide\": \"=this.kind = \\\"ngo\\\"\"}}]}");
        Map<String, Object> ngo = values("partners", List.of(Map.of("kind", "ngo", "vat", "RO123")));

        assertThat(FormValidator.validate(rows, values("partners", List.of(Map.of("kind", "ngo"))), Map.of())
                .problems()).as("the hidden VAT number is not required").isEmpty();
        assertThat(FormValidator.validate(rows, values("partners", List.of(Map.of("kind", "sme"))), Map.of())
                .problems()).as("shown, it is").isNotEmpty();
        assertThat(PageConditions.shownOnly(rows, ngo, Map.of()))
                .isEqualTo(values("partners", List.of(Map.of("kind", "ngo"))));
        assertThat(PageConditions.decide(rows, Map.of("partners[0].kind", new String[] {"ngo"},
                "partners[0].vat", new String[] {"RO123"}), Map.of()).hidden()).containsExactly("partners[0].vat");
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(java.util.Locale.ENGLISH);
        context.setVariable("fields", FormPages.fields(rows, rows.schema(), ngo, Map.of(), Map.of(), Map.of()));
        assertThat(Jsoup.parse(FormJsFixturesTests.render(context)).select("input[name=partners[0].vat]").hasAttr(
                "disabled")).as("hidden on the page, so not sent").isTrue();
    }

    private Document page(Map<String, Object> values, Map<String, Object> variables) {
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(java.util.Locale.ENGLISH);
        context.setVariable("fields", FormPages.fields(form, form.schema(), values, Map.of(), Map.of(), variables));
        return Jsoup.parse(FormJsFixturesTests.render(context));
    }

    private static FormDefinition read(String component) throws IOException {
        return new FormDefinitionReader(new ObjectMapper()).read("test.form",
                new ObjectMapper().readTree("{\"id\": \"t\", \"components\": [" + component + "]}"));
    }

    private static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }
}
