package org.copact.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.copact.common.Language;
import org.junit.jupiter.api.Test;

/**
 * Every form of forms/, in every language, and the form-js fixtures Copact serves, become pages
 * with a label on every input; what a page posts comes back typed as form-js submits it.
 */
class FormPagesTests {

    private final FormTranslations translations = FormTranslations.fromClasspath();

    @Test
    void shouldGiveEveryInputOfEveryFormALabelInEveryLanguage() throws IOException {
        List<FormDefinition> forms = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            files.filter(p -> p.toString().endsWith(".form")).sorted().forEach(p -> forms.add(
                    FormValidatorExtensionsTests.realForm(p.getFileName().toString().replace(".form", ""))));
        }
        forms.add(FormValidatorExtensionsTests.fixture("condition.json"));
        for (FormDefinition form : forms) {
            for (Language language : Language.values()) {
                JsonNode translated = translations.translate(form, language);
                // values under which every conditional field of the forms is shown
                List<PageField> inputs = inputs(FormPages.fields(form, translated,
                        Map.of("amount", 5, "decision", "REJECT"), Map.of()));
                assertThat(inputs).as("%s in %s", form.id(), language).hasSameSizeAs(form.fields());
                assertThat(inputs).as("%s in %s", form.id(), language)
                        .allSatisfy(f -> assertThat(f.label()).isNotBlank())
                        .allSatisfy(f -> assertThat(f.id()).startsWith("field-"));
                if (language != Language.EN && !form.id().equals("Form")) {
                    assertThat(inputs.get(0).label()).as("%s in %s", form.id(), language)
                            .isNotEqualTo(form.fields().get(0).label());
                }
            }
        }
    }

    @Test
    void shouldPutOnThePageAFieldItsConditionHidesHiddenForTheScriptToShow() {
        FormDefinition form = FormValidatorExtensionsTests.fixture("condition.json");

        List<PageField> whenHidden = inputs(FormPages.fields(form, form.schema(), Map.of("amount", 1), Map.of()));
        assertThat(whenHidden).extracting(PageField::name).containsExactly("amount", "text");
        assertThat(whenHidden).extracting(PageField::conditional).containsExactly(false, true);
        assertThat(whenHidden).extracting(PageField::hidden).containsExactly(false, true);

        List<PageField> whenShown = inputs(FormPages.fields(form, form.schema(), Map.of("amount", 3), Map.of()));
        assertThat(whenShown).extracting(PageField::hidden).containsExactly(false, false);
        assertThat(whenShown.get(1).conditional()).as("still shown or hidden as answers change").isTrue();
    }

    @Test
    void shouldLeaveOutOfTheEarlierAnswerWhatItsConditionHid() {
        FormDefinition verdict = FormValidatorExtensionsTests.realForm("confirm-signed-copy");

        assertThat(FormPages.answered(verdict, verdict.schema(), Map.of("decision", "CONFIRM", "reason", "stale"), Map.of()))
                .extracting(PageField::value).doesNotContain("stale");
        assertThat(FormPages.answered(verdict, verdict.schema(), Map.of("decision", "REJECT", "reason", "unsigned"), Map.of()))
                .extracting(PageField::value).contains("unsigned");
    }

    @Test
    void shouldReadWhatAPagePostedAsFormJsWouldSubmitIt() {
        FormDefinition consultation = FormValidatorExtensionsTests.realForm("consultation-answer");
        Map<String, String[]> posted = new LinkedHashMap<>();
        posted.put("priorities", new String[] {"Apă"});
        posted.put("obstacles", new String[] {" "});
        posted.put("intendsToSign", new String[] {"yes"});
        posted.put("_csrf", new String[] {"token"});

        assertThat(PostedForm.read(consultation, posted))
                .containsExactly(Map.entry("priorities", "Apă"), Map.entry("intendsToSign", "yes"));

        FormDefinition condition = FormValidatorExtensionsTests.fixture("condition.json");
        assertThat(PostedForm.read(condition, Map.of("amount", new String[] {"12,5"}))).containsEntry("amount", 12.5);
        assertThat(PostedForm.read(condition, Map.of("amount", new String[] {"12"}))).containsEntry("amount", 12L);
        assertThat(PostedForm.read(condition, Map.of("amount", new String[] {"twelve"})))
                .containsEntry("amount", "twelve");
    }

    private static List<PageField> inputs(List<PageField> fields) {
        List<PageField> inputs = new ArrayList<>();
        for (PageField field : fields) {
            if (field.type().equals("group")) {
                inputs.addAll(inputs(field.children()));
            } else if (!field.type().equals("text")) {
                inputs.add(field);
            }
        }
        return inputs;
    }
}
