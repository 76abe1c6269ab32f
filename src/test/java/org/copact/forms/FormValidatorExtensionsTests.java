package org.copact.forms;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.copact.common.FieldError;
import org.copact.common.Language;
import org.junit.jupiter.api.Test;

/**
 * Conditions, groups, dates and contact details are checked as form-js checks them, and every
 * mistake is told in the person's own language.
 */
class FormValidatorExtensionsTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FormMessages MESSAGES = new FormMessages(FormMessages.bundles());

    // ---- conditional.hide, with Camunda's FEEL engine, on the real form-js fixture ----

    @Test
    void shouldDropTheConditionFixturesTextWhenItsConditionHidesIt() {
        FormDefinition form = fixture("condition.json");

        FormValidator.Result result = FormValidator.validate(form, Map.of("amount", 2, "text", "hidden words"));

        assertThat(result.valid()).isTrue();
        assertThat(result.values()).containsExactly(Map.entry("amount", 2));
    }

    @Test
    void shouldKeepTheConditionFixturesTextWhenItsConditionShowsIt() {
        FormDefinition form = fixture("condition.json");

        FormValidator.Result result = FormValidator.validate(form, Map.of("amount", 3, "text", "shown words"));

        assertThat(result.values()).containsEntry("text", "shown words");
    }

    @Test
    void shouldNotRequireAFieldThatItsConditionHides() {
        FormDefinition form = form("""
                {"type": "radio", "key": "decision", "values": [{"label": "Sign", "value": "SIGN"},
                                                             {"label": "Decline", "value": "DECLINE"}]},
                {"type": "textarea", "key": "reason", "validate": {"required": true},
                 "conditional": {"hide": "=decision != \\"DECLINE\\""}}
                """);

        assertThat(FormValidator.validate(form, Map.of("decision", "SIGN")).errors()).isEmpty();
        assertThat(FormValidator.validate(form, Map.of("decision", "DECLINE")).errors())
                .containsExactly(new FieldError("reason", "is required"));
    }

    @Test
    void shouldShowAFieldWhoseConditionCannotBeEvaluated() {
        FormDefinition form = form("""
                {"type": "textfield", "key": "note", "validate": {"required": true},
                 "conditional": {"hide": "=missing.value > 3"}}
                """);

        assertThat(FormValidator.validate(form, Map.of()).errors())
                .containsExactly(new FieldError("note", "is required"));
    }

    // ---- groups ----

    @Test
    void shouldReadAndKeepTheValuesOfAGroupUnderItsPath() {
        FormDefinition form = form("""
                {"type": "group", "path": "contact", "components": [
                  {"type": "textfield", "key": "email", "validate": {"required": true, "validationType": "email"}}]}
                """);

        FormValidator.Result result = FormValidator.validate(form, Map.of("contact", Map.of("email", " ana@primaria.ro ")));

        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).isEqualTo(Map.of("contact", Map.of("email", "ana@primaria.ro")));
        assertThat(FormValidator.validate(form, Map.of()).errors())
                .containsExactly(new FieldError("contact.email", "is required"));
    }

    // ---- datetime, email, phone ----

    @Test
    void shouldAcceptDatesAndTimesAsFormJsSubmitsThem() {
        FormDefinition form = form("""
                {"type": "datetime", "key": "day", "subtype": "date"},
                {"type": "datetime", "key": "at", "subtype": "time"},
                {"type": "datetime", "key": "meeting", "subtype": "datetime"}
                """);

        assertThat(FormValidator.validate(form, Map.of("day", "2026-05-31", "at", "14:30",
                "meeting", "2026-05-31T14:30")).errors()).isEmpty();
        assertThat(FormValidator.validate(form, Map.of("at", "14:30+02:00", "meeting", "2026-05-31T14:30Z"))
                .errors()).isEmpty();
        assertThat(FormValidator.validate(form, Map.of("day", "31.05.2026", "at", "25:00", "meeting", "tomorrow"))
                .errors()).containsExactly(new FieldError("day", "must be a date (YYYY-MM-DD)"),
                        new FieldError("at", "must be a time (HH:MM)"),
                        new FieldError("meeting", "must be a date and a time"));
    }

    @Test
    void shouldCheckEmailAddressesAndInternationalPhoneNumbers() {
        FormDefinition form = form("""
                {"type": "textfield", "key": "email", "validate": {"validationType": "email"}},
                {"type": "textfield", "key": "phone", "validate": {"validationType": "phone"}}
                """);

        assertThat(FormValidator.validate(form, Map.of("email", "maria@comuna-x.ro", "phone", "+40 721 234 567"))
                .errors()).isEmpty();
        assertThat(FormValidator.validate(form, Map.of("email", "maria at comuna", "phone", "0721 234 567"))
                .errors()).extracting(FieldError::field).containsExactly("email", "phone");
    }

    // ---- in the person's language ----

    @Test
    void shouldSayEveryMistakeInEachOfTheSixLanguages() {
        FormDefinition consultation = realForm("consultation-answer");
        FormValidator.Result result = FormValidator.validate(consultation, Map.of("priorities", "ab"));

        assertThat(MESSAGES.errors(result.problems(), Language.RO)).containsExactly(
                new FieldError("priorities", "Scrieți cel puțin 3 caractere."),
                new FieldError("intendsToSign", "Câmpul este obligatoriu."));
        assertThat(MESSAGES.errors(result.problems(), Language.IT)).extracting(FieldError::message)
                .containsExactly("Scrivere almeno 3 caratteri.", "Il campo è obbligatorio.");
        assertThat(MESSAGES.errors(result.problems(), Language.EL)).extracting(FieldError::message)
                .containsExactly("Γράψτε τουλάχιστον 3 χαρακτήρες.", "Το πεδίο είναι υποχρεωτικό.");
        assertThat(MESSAGES.errors(result.problems(), Language.BG)).extracting(FieldError::message)
                .containsExactly("Напишете поне 3 знака.", "Полето е задължително.");
        assertThat(MESSAGES.errors(result.problems(), Language.MK)).extracting(FieldError::message)
                .containsExactly("Напишете најмалку 3 знаци.", "Полето е задолжително.");
        assertThat(MESSAGES.errors(result.problems(), Language.EN)).extracting(FieldError::message)
                .containsExactly("must be at least 3 characters long", "is required");
    }

    @Test
    void shouldGiveTheLimitsOfAFieldAsWrittenInEveryLanguage() {
        FormDefinition form = form("""
                {"type": "number", "key": "budget", "validate": {"min": 1500}}
                """);
        List<FormProblem> problems = FormValidator.validate(form, Map.of("budget", 10)).problems();

        for (Language language : Language.values()) {
            assertThat(MESSAGES.errors(problems, language).get(0).message()).as("%s", language).contains("1500");
        }
    }

    // ---- helpers ----

    private static FormDefinition form(String components) {
        String definition = "{\"id\": \"test\", \"components\": [" + components + "]}";
        try {
            return new FormDefinitionReader(JSON).read("test.form", new ByteArrayInputStream(definition.getBytes(UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FormDefinition realForm(String id) {
        return read("forms/" + id + ".form", Path.of("forms", id + ".form"));
    }

    static FormDefinition fixture(String name) {
        Path file = Path.of("../shared/fixtures/form-js", name);
        assertThat(file).as("the form-js fixture %s", file.toAbsolutePath().normalize()).isRegularFile();
        return read(name, file);
    }

    static FormDefinition read(String resource, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new FormDefinitionReader(JSON).read(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
