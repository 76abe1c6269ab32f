package org.copact.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.copact.common.Language;
import org.junit.jupiter.api.Test;

/**
 * Every word a person reads on a task form exists in the six languages: the forms' own texts, and
 * the error messages. A form or a message added in English only fails here.
 */
class FormTranslationsTests {

    private final FormTranslations translations = FormTranslations.fromClasspath();

    @Test
    void shouldTranslateEveryTextOfEveryFormIntoEveryLanguage() {
        List<String> missing = new ArrayList<>();
        for (FormDefinition form : copactForms()) {
            for (String key : FormTranslations.keys(form).keySet()) {
                for (Language language : Language.values()) {
                    if (!translations.has(language, key) || translations.bundle(language).getOrDefault(key, "x")
                            .isBlank()) {
                        missing.add(language.code() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).as("translations missing from forms/i18n/forms_<language>.properties").isEmpty();
    }

    @Test
    void shouldKeepNoTranslationOfATextThatNoFormHasAnyMore() {
        List<String> known = new ArrayList<>();
        copactForms().forEach(form -> known.addAll(FormTranslations.keys(form).keySet()));
        for (Language language : Language.values()) {
            assertThat(translations.bundle(language).keySet()).as("stale keys in the %s bundle", language)
                    .allMatch(known::contains);
        }
    }

    @Test
    void shouldShowTheConsultationInRomanianWithItsLabelsOptionsAndIntroduction() {
        FormDefinition form = FormValidatorExtensionsTests.realForm("consultation-answer");

        JsonNode romanian = translations.translate(form, Language.RO);

        JsonNode components = romanian.path("components");
        assertThat(components.get(0).path("text").asText()).startsWith("## Consultare");
        assertThat(components.get(1).path("label").asText())
                .isEqualTo("Prioritățile dumneavoastră pentru tranziția verde");
        assertThat(components.get(4).path("values").get(1).path("label").asText()).isEqualTo("Încă nu am decis");
        assertThat(components.get(4).path("values").get(1).path("value").asText()).isEqualTo("undecided");
        assertThat(form.schema().path("components").get(1).path("label").asText())
                .as("the definition itself stays in English")
                .isEqualTo("Your priorities for the green transition");
    }

    @Test
    void shouldShowAFormWithoutTranslationsInEnglish() {
        FormDefinition form = FormValidatorExtensionsTests.fixture("condition.json");

        assertThat(translations.translate(form, Language.MK)).isEqualTo(form.schema());
    }

    @Test
    void shouldHaveEveryErrorMessageInEveryLanguageAndNoOther() {
        Properties english = bundle("messages.properties");
        assertThat(english).isNotEmpty();
        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            Properties translated = bundle("messages_" + language.code() + ".properties");
            assertThat(translated.stringPropertyNames()).as("keys of messages_%s", language.code())
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : translated.stringPropertyNames()) {
                String message = translated.getProperty(key);
                assertThat(message).as("%s %s", language, key).isNotBlank();
                if (english.getProperty(key).contains("{0}")) {
                    assertThat(new MessageFormat(message).format(new Object[] {"4000"})).as("%s %s", language, key)
                            .contains("4000");
                }
            }
        }
    }

    @Test
    void shouldHaveAMessageForEveryErrorTheFormEngineCanReport() throws IOException {
        Properties english = bundle("messages.properties");
        // every source of the form engine, wherever a check lives (the validator, the filepickers, ...)
        StringBuilder engine = new StringBuilder();
        try (var sources = Files.list(Path.of("src/main/java/org/copact/forms"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                engine.append(Files.readString(source));
            }
        }
        java.util.regex.Matcher codes = java.util.regex.Pattern.compile("\"(form\\.error\\.[a-z-]+)\"")
                .matcher(engine);
        List<String> used = new ArrayList<>();
        while (codes.find()) {
            used.add(codes.group(1));
        }
        FormDefinitionReader.DATETIME_SUBTYPES.forEach(subtype -> used.add("form.error." + subtype));
        assertThat(used).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void shouldNameEveryUserTaskOfTheProcessesOnThePages() throws IOException {
        Properties english = bundle("messages.properties");
        List<String> unnamed = new ArrayList<>();
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                java.util.regex.Matcher task = java.util.regex.Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"")
                        .matcher(Files.readString(model));
                while (task.find()) {
                    if (!english.containsKey("task." + task.group(1) + ".name")) {
                        unnamed.add(model.getFileName() + ": " + task.group(1));
                    }
                }
            }
        }
        assertThat(unnamed).as("user tasks without task.<id>.name in messages.properties").isEmpty();
    }

    private static List<FormDefinition> copactForms() {
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            List<Path> forms = files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
            assertThat(forms).isNotEmpty();
            return forms.stream()
                    .map(p -> FormValidatorExtensionsTests.realForm(p.getFileName().toString().replace(".form", "")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = FormTranslationsTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

}
