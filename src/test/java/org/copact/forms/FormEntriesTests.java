package org.copact.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.copact.common.FieldError;
import org.copact.common.Language;
import org.junit.jupiter.api.Test;

/**
 * The form-js properties beyond validation: decimalDigits and increment checked as form-js checks
 * them, in the person's language; options taken from the task's variables; a datetime's
 * timeSerializingFormat applied to what the page posts; and a refusal that names every problem.
 */
class FormEntriesTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FormMessages MESSAGES = new FormMessages(FormMessages.bundles());

    // ---- decimalDigits and increment ----

    @Test
    void shouldRefuseTooManyDecimalsAndAValueOffTheIncrementAsFormJsDoes() throws Exception {
        FormDefinition form = form("""
                {"type": "number", "key": "amount", "decimalDigits": 2},
                {"type": "number", "key": "count", "decimalDigits": 0},
                {"type": "number", "key": "hours", "increment": "0.5"},
                {"type": "number", "key": "price", "increment": 0.25, "decimalDigits": 2}
                """);

        FormValidator.Result wrong = FormValidator.validate(form, Map.of("amount", 12.345, "count", 2.5,
                "hours", 1.2, "price", 3.3));
        assertThat(wrong.problems()).containsExactlyInAnyOrder(
                new FormProblem("amount", "form.error.decimal-digits", "2"),
                new FormProblem("count", "form.error.integer"),
                new FormProblem("hours", "form.error.increment", "1", "1.5"),
                new FormProblem("price", "form.error.increment", "3.25", "3.5"));
        assertThat(MESSAGES.errors(List.of(new FormProblem("hours", "form.error.increment", "1", "1.5")), Language.RO))
                .extracting(FieldError::message).containsExactly("Valoarea trebuie să fie un multiplu al pasului; "
                        + "cele mai apropiate valori valide sunt 1 și 1.5.");

        FormValidator.Result right = FormValidator.validate(form, Map.of("amount", 12.34, "count", 3L,
                "hours", 1.5, "price", 3.75));
        assertThat(right.problems()).isEmpty();
        assertThat(right.values()).containsEntry("hours", 1.5);
    }

    @Test
    void shouldGiveANumberInputTheStepOfItsIncrementOrDecimals() throws Exception {
        FormDefinition form = form("""
                {"type": "number", "key": "a", "decimalDigits": 2},
                {"type": "number", "key": "b", "increment": "5"},
                {"type": "number", "key": "c"}
                """);

        List<PageField> fields = FormPages.fields(form, form.schema(), Map.of(), Map.of());

        assertThat(fields).extracting(f -> f.entry().step()).containsExactly("0.01", "5", null);
    }

    @Test
    void shouldOfferTheAdornersForTranslationLikeEveryOtherText() throws Exception {
        FormDefinition form = form("""
                {"id": "Field_Budget", "type": "number", "key": "budget", "label": "Budget",
                 "appearance": {"prefixAdorner": "€", "suffixAdorner": "per person"}}
                """);

        assertThat(FormTranslations.keys(form)).containsEntry("t.Field_Budget.appearance.prefixAdorner", "€")
                .containsEntry("t.Field_Budget.appearance.suffixAdorner", "per person");
    }

    // ---- options from the task's variables ----

    @Test
    void shouldTakeOptionsFromAVariableOrAnExpressionAndAcceptOnlyThose() throws Exception {
        FormDefinition form = form("""
                {"type": "select", "key": "region", "valuesKey": "regions"},
                {"type": "checklist", "key": "who", "valuesExpression": "=for s in stakeholders return s.id"}
                """);
        Map<String, Object> variables = Map.of(
                "regions", List.of(Map.of("label", "North-West", "value", "nw"), "centre", 7, Map.of("label", "x")),
                "stakeholders", List.of(Map.of("id", "org-1"), Map.of("id", "org-2")));

        assertThat(FormValidator.validate(form, Map.of("region", "nw", "who", List.of("org-2")), variables).problems())
                .isEmpty();
        assertThat(FormValidator.validate(form, Map.of("region", "7"), variables).problems()).isEmpty();
        assertThat(FormValidator.validate(form, Map.of("region", "south", "who", List.of("org-3")), variables)
                .problems()).extracting(FormProblem::field, FormProblem::code)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("region", "form.error.one-of"),
                        org.assertj.core.groups.Tuple.tuple("who", "form.error.only-of"));

        List<PageField> fields = FormPages.fields(form, form.schema(), Map.of("region", "centre"), Map.of(), Map.of(),
                variables);
        assertThat(fields.get(0).options()).containsExactly(new PageField.Option("nw", "North-West", false),
                new PageField.Option("centre", "centre", true), new PageField.Option("7", "7", false));
        assertThat(fields.get(1).options()).extracting(PageField.Option::value).containsExactly("org-1", "org-2");
    }

    // ---- timeSerializingFormat ----

    @Test
    void shouldSerialiseAPostedTimeAsItsFormatAsksInThePagesTimeZone() throws Exception {
        FormDefinition form = form("""
                {"type": "datetime", "key": "offset", "subtype": "datetime", "timeSerializingFormat": "utc_offset"},
                {"type": "datetime", "key": "normal", "subtype": "datetime", "timeSerializingFormat": "utc_normalized"},
                {"type": "datetime", "key": "local", "subtype": "datetime", "timeSerializingFormat": "no_timezone"},
                {"type": "datetime", "key": "plain", "subtype": "datetime"},
                {"type": "datetime", "key": "at", "subtype": "time", "timeSerializingFormat": "utc_normalized"}
                """);
        String time = "2026-01-15T00:30";

        Map<String, Object> bucharest = PostedForm.read(form, Map.of("offset", new String[] {"2026-05-31T14:30"},
                "normal", new String[] {time}, "local", new String[] {time}, "plain", new String[] {time},
                "at", new String[] {"14:30"}, TimeFormats.TIME_ZONE, new String[] {"Europe/Bucharest"}));
        assertThat(bucharest).containsEntry("offset", "2026-05-31T14:30+03:00")
                .containsEntry("normal", "2026-01-14T22:30Z").containsEntry("local", time).containsEntry("plain", time);
        assertThat((String) bucharest.get("at")).matches("1[12]:30Z");
        Map<String, Object> noZone = PostedForm.read(form, Map.of("offset", new String[] {"2026-05-31T14:30"},
                TimeFormats.TIME_ZONE, new String[] {"Not/AZone"}));
        assertThat(noZone).as("a page that said no zone: UTC").containsEntry("offset", "2026-05-31T14:30+00:00");
        assertThat(FormValidator.validate(form, bucharest).problems()).isEmpty();

        List<PageField> fields = FormPages.fields(form, form.schema(), bucharest, Map.of());
        assertThat(fields.get(1).value()).as("shown in the page's zone (UTC without script)")
                .isEqualTo("2026-01-14T22:30");
        assertThat(fields.get(1).entry().kept()).isEqualTo("2026-01-14T22:30Z");
        assertThat(fields.get(1).entry().zoned()).isTrue();
        assertThat(fields.get(2).entry().zoned()).isFalse();
    }

    // ---- refusals ----

    @Test
    void shouldNameEveryProblemOfAFileWithItsComponentAndProperty() {
        assertThatThrownBy(() -> form("""
                {"type": "textfield", "key": "name", "decimalDigits": 2, "label": "Hi {{#if x}}"},
                {"type": "number", "key": "n", "increment": "-1", "validate": {"min": "=a <"}},
                {"type": "datetime", "key": "d", "subtype": "time", "timeSerializingFormat": "local"},
                {"type": "radio", "key": "r", "valuesExpression": "regions"},
                {"type": "table", "id": "Table_1"}
                """))
                .isInstanceOfSatisfying(InvalidFormDefinitionException.class, e -> assertThat(e.problems())
                        .containsExactly(
                                "test.form: component 'name', property label: the template cannot be evaluated: "
                                        + "'{{#if x}}' is never closed by '{{/if}}'",
                                "test.form: component 'name', property decimalDigits: only a number field has it, "
                                        + "not a textfield",
                                e.problems().get(2),
                                "test.form: component 'n', property increment: must be a number greater than zero",
                                "test.form: component 'd', property timeSerializingFormat: 'local' is not one of "
                                        + FormEntries.TIME_FORMATS,
                                "test.form: component 'r', property valuesExpression: not a FEEL expression (it must "
                                        + "start with '=')",
                                "test.form: component Table_1 of type 'table' is not supported by Copact's form "
                                        + "generator"))
                .hasMessageContaining("\n");
        assertThatThrownBy(() -> form("""
                {"type": "number", "key": "n", "validate": {"min": "=a <"}}
                """)).hasMessageStartingWith("test.form: the min of component 'n' is not valid FEEL");
    }

    private static FormDefinition form(String components) throws Exception {
        return new FormDefinitionReader(JSON).read("test.form",
                JSON.readTree("{\"id\": \"t\", \"components\": [" + components + "]}"));
    }
}
