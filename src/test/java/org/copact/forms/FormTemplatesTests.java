package org.copact.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * form-js's templates (feelers) as Copact evaluates them with Camunda's FEEL engine: inserts,
 * expressions, conditional and loop sections with this and parent; and on a page, against the
 * task's variables and the values typed so far, with nothing a variable holds becoming markup.
 */
class FormTemplatesTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String evaluate(String template, Map<String, Object> context) {
        return FormTemplates.evaluate(template, context, UnaryOperator.identity());
    }

    @Test
    void shouldInsertExpressionsAndEvaluateATextThatIsOneExpression() {
        assertThat(evaluate("Hello {{name}}, {{ 1 + 2 }} left{{}}.", Map.of("name", "Ana"))).isEqualTo("Hello Ana, 3 left.");
        assertThat(evaluate("=\"Round \" + title", Map.of("title", "Cluj"))).isEqualTo("Round Cluj");
        assertThat(evaluate("Missing: {{nobody}}!", Map.of())).isEqualTo("Missing: !");
        assertThat(evaluate("no template", Map.of())).isEqualTo("no template");
    }

    @Test
    void shouldShowAConditionalSectionOnlyWhenItsConditionIsTruthyWithoutLeavingAnEmptyLine() {
        String template = "A\n{{#if urgent}}B{{/if}}\nC";
        assertThat(evaluate(template, Map.of("urgent", false))).isEqualTo("A\nC");
        assertThat(evaluate(template, Map.of("urgent", true))).isEqualTo("A\nB\nC");
        assertThat(evaluate("{{#if count}}some{{/if}}", Map.of("count", 0))).isEmpty();
        assertThat(evaluate("{{#if name}}named{{/if}}", Map.of("name", "x"))).isEqualTo("named");
        assertThat(evaluate("{{#if missing}}x{{/if}}", Map.of())).isEmpty();
    }

    @Test
    void shouldRepeatALoopForEachItemWithItsKeysThisAndParent() {
        Map<String, Object> context = Map.of("owner", "Cluj", "items",
                List.of(Map.of("name", "Ana"), Map.of("name", "Dan")));
        assertThat(evaluate("{{#loop items}}- {{name}} of {{parent.owner}}\n{{/loop}}end", context))
                .isEqualTo("- Ana of Cluj\n- Dan of Cluj\nend");
        assertThat(evaluate("{{#loop [1, 2, 3]}}{{this * 2}} {{/loop}}", Map.of())).isEqualTo("2 4 6 ");
        assertThat(evaluate("{{#loop single}}[{{this}}]{{/loop}}", Map.of("single", "one"))).isEqualTo("[one]");
        assertThat(evaluate("{{#loop none}}x{{/loop}}", Map.of())).isEmpty();
    }

    @Test
    void shouldRefuseATemplateThatDoesNotParseOrHoldsInvalidFeel() {
        assertThatThrownBy(() -> FormTemplates.check("{{#if x}}open")).hasMessageContaining("never closed");
        assertThatThrownBy(() -> FormTemplates.check("{{/loop}}")).hasMessageContaining("closes no open section");
        assertThatThrownBy(() -> FormTemplates.check("Hi {{name")).hasMessageContaining("never closed");
        assertThatThrownBy(() -> FormTemplates.check("{{ a < }}")).hasMessageContaining("is not valid FEEL");
        FormTemplates.check("{{#loop items}}{{#if this.ok}}{{name}}{{/if}}{{/loop}}");
    }

    @Test
    void shouldShowEveryTextOfAPageAsItsTemplatesMakeItWithTheValuesTypedOverTheVariables() throws Exception {
        FormDefinition form = form("""
                {"type": "text", "text": "# For {{who}}\\n\\n{{#if late}}Late!{{/if}}"},
                {"type": "text", "id": "Text_Late", "text": "{{#if late}}Only when late{{/if}}"},
                {"type": "html", "content": "<p class=\\"x\\">{{note}}</p>"},
                {"type": "image", "source": "{{picture}}", "alt": "Map of {{who}}"},
                {"type": "textfield", "key": "who", "label": "Name of {{org}}", "description": "={\\"a\\": org}.a + \\"!\\"",
                 "appearance": {"prefixAdorner": "{{currency}}"}}
                """);
        Map<String, Object> variables = Map.of("who", "the variable", "late", false, "org", "Primăria",
                "note", "<img src=x onerror=alert(1)>", "picture", "https://example.org/map.png", "currency", "RON");

        Document page = Jsoup.parse(FormJsFixturesTests.render(form, Map.of("who", "Typed"), Map.of(), variables));

        assertThat(page.select("h1").text()).as("the value typed wins over the variable").isEqualTo("For Typed");
        assertThat(page.text()).doesNotContain("Late!").doesNotContain("Only when late").doesNotContain("{{");
        assertThat(page.select(".markdown")).as("the text whose condition is false is not on the page").hasSize(2);
        assertThat(page.select("div.html p").text()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(page.select("img[onerror]")).isEmpty();
        assertThat(page.select("img.image").attr("src")).isEqualTo("https://example.org/map.png");
        assertThat(page.select("img.image").attr("alt")).isEqualTo("Map of Typed");
        assertThat(page.select("label[for=field-who]").text()).isEqualTo("Name of Primăria");
        assertThat(page.select("#field-who-hint").text()).isEqualTo("Primăria!");
        assertThat(page.select("#field-who-prefix").text()).isEqualTo("RON");
    }

    @Test
    void shouldNeverLetAVariableAddMarkdownOrALinkToAText() throws Exception {
        FormDefinition form = form("""
                {"type": "text", "text": "Said: {{said}}"}
                """);

        Document page = Jsoup.parse(FormJsFixturesTests.render(form, Map.of(), Map.of(),
                Map.of("said", "**bold** [click](https://evil.example) <b>x</b>\n# heading")));

        assertThat(page.select("strong, a, b, h1")).isEmpty();
        assertThat(page.text()).contains("**bold** [click](https://evil.example) <b>x</b>");
    }

    private static FormDefinition form(String components) throws Exception {
        return new FormDefinitionReader(JSON).read("test.form",
                JSON.readTree("{\"id\": \"t\", \"components\": [" + components + "]}"));
    }
}
