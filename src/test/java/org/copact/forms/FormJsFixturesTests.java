package org.copact.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copact.common.FieldError;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Every real form-js definition of shared/fixtures/form-js loads, renders to HTML with the page's
 * own template, and validates a submission as form-js does; nothing of its html component or its
 * Markdown can run a script.
 */
class FormJsFixturesTests {

    static final List<String> FIXTURES = List.of("condition.json", "defaultValues.json", "form.json",
            "required.json", "text.json", "validate.json");

    private static final SpringTemplateEngine PAGES = engine();

    // ---- every fixture renders with every visible label ----

    @Test
    void shouldRenderEveryFixtureWithTheLabelOfEveryComponentItShows() {
        for (String name : FIXTURES) {
            FormDefinition form = FormValidatorExtensionsTests.fixture(name);
            Document page = Jsoup.parse(render(form, Map.of(), Map.of()));
            String text = page.text();
            for (String label : visibleLabels(form.schema().path("components"))) {
                assertThat(text).as("%s shows '%s'", name, label).contains(label);
            }
            for (Element input : page.select("input:not([type=hidden]), textarea, select")) {
                assertThat(page.select("label[for=" + input.id() + "]").isEmpty()
                        && input.closest("fieldset") == null)
                        .as("%s: input %s has a label or a legend", name, input.attr("name")).isFalse();
            }
        }
    }

    @Test
    void shouldRenderTheTextFixturesMarkdownWithItsHeadingsListsAndLinks() {
        Document page = Jsoup.parse(render(FormValidatorExtensionsTests.fixture("text.json"), Map.of(), Map.of()));

        assertThat(page.select("h1").eachText()).containsExactly("File an Invoice", "Another issue");
        assertThat(page.select("ol li")).hasSize(2);
        assertThat(page.select("ul li")).hasSize(3);
        assertThat(page.select("a[href=http://foo]").text()).isEqualTo("varius vel pharetra vel");
    }

    @Test
    void shouldNeverLetTheFormFixturesHtmlOrMarkdownRunAScript() {
        String html = render(FormValidatorExtensionsTests.fixture("form.json"), Map.of(), Map.of());
        Document page = Jsoup.parse(html);

        assertThat(html).doesNotContainIgnoringCase("href=\"javascript:").doesNotContainIgnoringCase("<script")
                .doesNotContain("style=");
        assertThat(page.select("script, iframe, object, embed, [style]")).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute of <%s>", element.tagName()).doesNotStartWith("on");
            }
        }
        assertThat(page.select("a[href]").eachAttr("href")).allSatisfy(href -> assertThat(href).startsWith("https://"));
        // the javascript: "link" (not even a link to CommonMark: its address has spaces) stays text
        assertThat(page.text()).contains("malicious link");
        assertThat(page.select("a[href]").eachText()).doesNotContain("malicious link");
        // the html component keeps its content, without its style
        assertThat(page.select("div.html h1").text()).isEqualTo("My HTML");
        assertThat(page.select("div.html p").text()).isEqualTo("My styled HTML content");
        assertThat(page.select("div.html").html()).doesNotContain("onerror").doesNotContain("color");
    }

    @Test
    void shouldCleanAnyScriptOutOfAnHtmlComponent() {
        String cleaned = SafeHtml.clean("<p onclick=\"alert(1)\" style=\"background:url(x)\">Hi</p>"
                + "<img src=x onerror=alert(1)><script>alert(2)</script>"
                + "<a href=\"javascript:alert(3)\">go</a><a href=\"JaVaScRiPt:alert(4)\">go</a>"
                + "<svg onload=alert(5)></svg><iframe src=\"https://example.org\"></iframe>");

        assertThat(cleaned).doesNotContainIgnoringCase("alert").doesNotContainIgnoringCase("javascript")
                .doesNotContain("style").doesNotContain("<svg").doesNotContain("<iframe").contains("Hi");
    }

    @Test
    void shouldShowAnImageOnlyFromAWebOrEmbeddedPictureSourceKeepingItsAltText() {
        assertThat(SafeHtml.imageSource("https://bpmn.io/logo.png")).isEqualTo("https://bpmn.io/logo.png");
        assertThat(SafeHtml.imageSource("data:image/png;base64,iVBORw0KGgo=")).isNotNull();
        assertThat(SafeHtml.imageSource("javascript:alert(1)")).isNull();
        assertThat(SafeHtml.imageSource("data:text/html;base64,PHNjcmlwdD4=")).isNull();
        assertThat(SafeHtml.imageSource("=logoUrl")).isNull();

        Document page = Jsoup.parse(render(FormValidatorExtensionsTests.fixture("form.json"), Map.of(), Map.of()));
        // form.json's image has no source: its alt text is shown instead
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("p.image-alt").text()).isEqualTo("The bpmn.io logo");
    }

    @Test
    void shouldOfferTheHtmlContentTheImageAltTextAndTheDateLabelForTranslation() {
        assertThat(FormTranslations.keys(FormValidatorExtensionsTests.fixture("form.json")).values()).contains(
                "<h1>My HTML</h1><p style='color: green'>My styled HTML content</p>", "The bpmn.io logo",
                "Date of conversation", "Time of conversation");
    }

    // ---- defaultValues.json: the defaults pre-fill a new form, as in form-js ----

    @Test
    void shouldPreFillANewFormWithTheDefaultValuesFixturesDefaults() {
        FormDefinition form = FormValidatorExtensionsTests.fixture("defaultValues.json");
        Document page = Jsoup.parse(render(form, Map.of(), Map.of()));

        assertThat(page.select("input[name=creditor]").val()).isEqualTo("Max Mustermann GmbH");
        assertThat(page.select("input[name=amount]").val()).isEqualTo("0");
        assertThat(page.select("input[name=approved]").hasAttr("checked")).isTrue();
        assertThat(page.select("textarea[name=approverComments]").text())
                .isEqualTo("Sample comment provided by the approver");
        assertThat(page.select("input[name=mailto][checked]").eachAttr("value"))
                .containsExactly("approver", "regional-manager");
        assertThat(page.select("input[name=product][checked]").val()).isEqualTo("camunda-platform");
        assertThat(page.select("input[name=tags][checked]").eachAttr("value")).containsExactly("tag1", "tag2", "tag3");
        assertThat(page.select("select[name=language] option[selected]").val()).isEqualTo("english");
        assertThat(page.select("input[name=approvedBy]").val()).isEmpty();
    }

    @Test
    void shouldShowWhatWasSubmittedRatherThanTheDefaults() {
        FormDefinition form = FormValidatorExtensionsTests.fixture("defaultValues.json");
        Document page = Jsoup.parse(render(form, Map.of("creditor", "ACME", "approved", false), Map.of()));

        assertThat(page.select("input[name=creditor]").val()).isEqualTo("ACME");
        assertThat(page.select("input[name=approved]").hasAttr("checked")).isFalse();
        assertThat(page.select("input[name=amount]").val()).isEmpty();
    }

    @Test
    void shouldAcceptTheDefaultValuesFixturesDefaultsAsFormJsSubmitsThem() {
        FormDefinition form = FormValidatorExtensionsTests.fixture("defaultValues.json");
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("creditor", "Max Mustermann GmbH");
        defaults.put("amount", 0);
        defaults.put("mailto", List.of("regional-manager", "approver"));
        defaults.put("approved", true);
        defaults.put("approverComments", "Sample comment provided by the approver");
        defaults.put("product", "camunda-platform");
        defaults.put("tags", List.of("tag1", "tag2", "tag3"));
        defaults.put("language", "english");

        FormValidator.Result result = FormValidator.validate(form, defaults);

        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).isEqualTo(defaults);
        assertThat(FormValidator.validate(form, Map.of("invoiceNumber", "X-1")).errors()).containsExactly(
                new FieldError("creditor", "is required"), new FieldError("invoiceNumber", "does not have the expected form"));
    }

    // ---- required.json: every required field missing is an error of its own ----

    @Test
    void shouldReportEveryRequiredFieldOfTheRequiredFixtureMissing() {
        FormDefinition form = FormValidatorExtensionsTests.fixture("required.json");

        FormValidator.Result result = FormValidator.validate(form, Map.of("approved", false));

        assertThat(result.errors()).extracting(FieldError::field).containsExactly("creditor", "invoiceNumber", "amount",
                "approved", "approvedBy", "approverComments", "product", "mailto", "language", "conversation", "tags");
        assertThat(result.errors()).extracting(FieldError::message).containsOnly("is required");
    }

    @Test
    void shouldOfferNothingToChooseWhereTheRequiredFixtureGivesNoValues() {
        FormDefinition form = FormValidatorExtensionsTests.fixture("required.json");
        Document page = Jsoup.parse(render(form, Map.of(), Map.of()));

        assertThat(page.select("input[name=product], input[name=mailto], input[name=tags]")).isEmpty();
        assertThat(page.select("select[name=language] option").eachAttr("value")).containsExactly("");
        // nothing from outside the (empty) options is taken instead
        assertThat(FormValidator.validate(form, Map.of("product", "camunda-platform", "mailto", List.of("approver")))
                .errors()).extracting(FieldError::field).contains("product", "mailto");
    }

    // ---- validate.json: limits given as FEEL expressions ----

    @Test
    void shouldCheckTheValidateFixturesNumberAgainstTheLimitsItsExpressionsGive() {
        FormDefinition form = FormValidatorExtensionsTests.fixture("validate.json");
        Map<String, Object> limits = Map.of("min", 2, "max", 5);

        assertThat(FormValidator.validate(form, Map.of("number_expression", 1), limits).errors())
                .containsExactly(new FieldError("number_expression", "must be at least 2"));
        assertThat(FormValidator.validate(form, Map.of("number_expression", 6), limits).errors())
                .containsExactly(new FieldError("number_expression", "must be at most 5"));
        assertThat(FormValidator.validate(form, Map.of("number_expression", 3), limits).errors()).isEmpty();
        assertThat(FormValidator.validate(form, Map.of("number_expression", 3), limits).values())
                .containsEntry("number_expression", 3);
    }

    @Test
    void shouldCheckTheValidateFixturesTextAgainstTheLengthsItsExpressionsGive() {
        FormDefinition form = FormValidatorExtensionsTests.fixture("validate.json");
        Map<String, Object> limits = Map.of("minLength", 2, "maxLength", 4);

        assertThat(FormValidator.validate(form, Map.of("textfield_expression", "a"), limits).errors())
                .containsExactly(new FieldError("textfield_expression", "must be at least 2 characters long"));
        assertThat(FormValidator.validate(form, Map.of("textfield_expression", "abcde"), limits).errors())
                .containsExactly(new FieldError("textfield_expression", "must be at most 4 characters long"));
        assertThat(FormValidator.validate(form, Map.of("textfield_expression", "abc"), limits).errors()).isEmpty();
    }

    @Test
    void shouldKnowWhichFixturesNeedVariablesForTheirLimits() {
        assertThat(FormValidatorExtensionsTests.fixture("validate.json").hasLimitExpressions()).isTrue();
        assertThat(FormValidatorExtensionsTests.fixture("form.json").hasLimitExpressions()).isFalse();
    }

    @Test
    void shouldSetNoLimitWhereAnExpressionYieldsNoNumberAsFormJsDoes() {
        FormDefinition form = FormValidatorExtensionsTests.fixture("validate.json");

        assertThat(FormValidator.validate(form, Map.of("number_expression", -100)).errors()).isEmpty();
        assertThat(FormValidator.validate(form, Map.of("number_expression", 1000), Map.of("max", "five")).errors())
                .isEmpty();
        assertThat(FormValidator.validate(form, Map.of("textfield_expression", "x".repeat(500))).errors()).isEmpty();
    }

    // ---- condition.json ----

    @Test
    void shouldNeitherRequireNorKeepTheConditionFixturesTextWhileItIsHidden() {
        FormDefinition form = FormValidatorExtensionsTests.fixture("condition.json");

        FormValidator.Result result = FormValidator.validate(form, Map.of("amount", 1, "text", "hidden"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).containsExactly(Map.entry("amount", 1));
        // on the page but hidden, and disabled so that the browser does not send it, until it applies
        org.jsoup.nodes.Document hidden = Jsoup.parse(render(form, Map.of("amount", 1), Map.of()));
        assertThat(hidden.select("input[name=text]:not([disabled])")).isEmpty();
        assertThat(hidden.select("[data-conditional=text][hidden] input[name=text][disabled]")).hasSize(1);
        org.jsoup.nodes.Document shown = Jsoup.parse(render(form, Map.of("amount", 3), Map.of()));
        assertThat(shown.select("[data-conditional=text]:not([hidden]) input[name=text]:not([disabled])")).hasSize(1);
        assertThat(FormValidator.validate(form, Map.of("amount", 1001)).errors())
                .containsExactly(new FieldError("amount", "must be at most 1000"));
    }

    // ---- text.json only shows something ----

    @Test
    void shouldSubmitNothingFromTheTextFixture() {
        FormValidator.Result result = FormValidator.validate(FormValidatorExtensionsTests.fixture("text.json"), Map.of());

        assertThat(result.valid()).isTrue();
        assertThat(result.values()).isEmpty();
    }

    // ---- form.json: its group, its dynamic list and its inputs ----

    @Test
    void shouldRenderTheFormFixturesDynamicListWithItsDefaultRepetitions() {
        Document page = Jsoup.parse(render(FormValidatorExtensionsTests.fixture("form.json"), Map.of(), Map.of()));

        assertThat(page.select("fieldset.list legend").first().text()).isEqualTo("Clients");
        assertThat(page.select("fieldset.list .list-rows input").eachAttr("name")).containsExactly(
                "clients[0].clientSurname", "clients[0].clientName", "clients[1].clientSurname", "clients[1].clientName");
        assertThat(page.select("fieldset.list template input").eachAttr("name")).as("the blank row the script adds")
                .containsExactly("clients[__row__].clientSurname", "clients[__row__].clientName");
        assertThat(page.select("input[name=invoiceDetails.supplementaryInfo1]")).hasSize(1);
        assertThat(page.select("button[type=reset]").text()).isEqualTo("Reset");
        assertThat(page.select("input[name=conversation]").attr("type")).isEqualTo("datetime-local");
    }

    @Test
    void shouldReadAndValidateTheFormFixturesDynamicListAsAListOfObjects() {
        FormDefinition form = FormValidatorExtensionsTests.fixture("form.json");
        Map<String, String[]> posted = new LinkedHashMap<>();
        posted.put("creditor", new String[] {"ACME"});
        posted.put("clients[0].clientSurname", new String[] {"Popescu"});
        posted.put("clients[0].clientName", new String[] {"Ana"});
        posted.put("clients[1].clientSurname", new String[] {" "});
        posted.put("clients[1].clientName", new String[] {""});
        posted.put("clients[2].clientName", new String[] {"Ion"});

        Map<String, Object> values = PostedForm.read(form, posted);

        // a row left blank is read as an empty row, for what it requires to be asked for (form-js validates
        // every row); one that requires nothing holds nothing and is not kept
        assertThat(values.get("clients")).isEqualTo(List.of(Map.of("clientSurname", "Popescu", "clientName", "Ana"),
                Map.of(), Map.of("clientName", "Ion")));
        FormValidator.Result result = FormValidator.validate(form, values);
        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).containsEntry("clients", List.of(Map.of("clientSurname", "Popescu",
                "clientName", "Ana"), Map.of("clientName", "Ion"))).containsEntry("approved", false);

        Map<String, Object> wrong = new LinkedHashMap<>();
        wrong.put("creditor", "ACME");
        wrong.put("clients", List.of(Map.of("clientName", 7, "nickname", "Ani"), "Ion"));
        assertThat(FormValidator.validate(form, wrong).errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("clients[0].nickname", "clients[0].clientName", "clients[1]");
        assertThat(FormValidator.validate(form, Map.of("creditor", "ACME", "clients", "Ion")).errors())
                .extracting(FieldError::field).containsExactly("clients");
    }

    @Test
    void shouldShowAMistakeInAListItemNextToItsField() {
        FormDefinition form = FormValidatorExtensionsTests.fixture("form.json");
        Map<String, Object> values = Map.of("clients", List.of(Map.of("clientName", "Ana")));

        Document page = Jsoup.parse(render(form, values, Map.of("clients[0].clientName", "is wrong")));

        assertThat(page.select("input[name=clients[0].clientName]").val()).isEqualTo("Ana");
        assertThat(page.select("#field-clients-0-clientName-error").text()).isEqualTo("is wrong");
        assertThat(page.select("fieldset.list .list-rows input")).hasSize(4);
    }

    @Test
    void shouldRequireTheFormFixturesCreditorAndCheckItsOtherRules() {
        FormDefinition form = FormValidatorExtensionsTests.fixture("form.json");
        Map<String, Object> submitted = new LinkedHashMap<>();
        submitted.put("invoiceNumber", "X-1");
        submitted.put("amount", 1001);
        submitted.put("product", "camunda-saas");
        submitted.put("conversation", "2026-05-31T14:30");

        assertThat(FormValidator.validate(form, submitted).errors()).extracting(FieldError::field)
                .containsExactly("creditor", "invoiceNumber", "amount", "product");
    }

    // ---- helpers ----

    /** The labels form-js shows: of inputs, groups, lists, the reset button; an input without one shows its key. */
    private static List<String> visibleLabels(JsonNode components) {
        List<String> labels = new ArrayList<>();
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if (type.equals("button") && !component.path("action").asText("submit").equals("reset")) {
                continue;
            }
            if (component.hasNonNull("label")) {
                labels.add(component.get("label").asText());
            } else if (component.hasNonNull("dateLabel")) {
                labels.add(component.get("dateLabel").asText());
            } else if (component.hasNonNull("key")) {
                labels.add(component.get("key").asText());
            }
            for (JsonNode option : component.path("values")) {
                labels.add(option.path("label").asText());
            }
            if (component.hasNonNull("alt")) {
                labels.add(component.get("alt").asText());
            }
            labels.addAll(visibleLabels(component.path("components")));
        }
        return labels;
    }

    /** The components as the task page renders them, with the page's own fragment. */
    static String render(FormDefinition form, Map<String, Object> values, Map<String, String> errors) {
        return render(form, values, errors, Map.of());
    }

    /** The same, with the task's variables that the form's templates and options see. */
    static String render(FormDefinition form, Map<String, Object> values, Map<String, String> errors,
            Map<String, Object> variables) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("fields", FormPages.fields(form, form.schema(), values, errors, Map.of(), variables));
        return render(context);
    }

    /** The fields in the context, as a task's page shows them. */
    static String render(Context context) {
        return PAGES.process("<form><th:block th:each=\"f : ${fields}\">"
                + "<div th:replace=\"~{tasks/fields :: component(${f})}\"></div></th:block></form>", context);
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCharacterEncoding("UTF-8");
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver inline = new StringTemplateResolver();
        inline.setTemplateMode(TemplateMode.HTML);
        inline.setOrder(2);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(inline);
        engine.setTemplateEngineMessageSource(FormMessages.bundles());
        return engine;
    }
}
