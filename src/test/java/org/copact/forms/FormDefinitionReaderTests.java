package org.copact.forms;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Copact's own forms load with every field they declare, and real form-js definitions that Copact
 * cannot serve faithfully are refused with the file and the component named.
 */
class FormDefinitionReaderTests {

    /** Relative to the project root, the working directory when Maven runs the tests. */
    private static final Path FORMS = Path.of("forms");
    private static final Path FIXTURES = Path.of("../shared/fixtures/form-js");

    private final ObjectMapper json = new ObjectMapper();
    private final FormDefinitionReader reader = new FormDefinitionReader(json);

    // ---- Copact's own forms ----

    @Test
    void shouldLoadEveryFormOfTheFormsDirectoryUnderTheIdOfItsFileName() throws IOException {
        List<Path> files = formFiles();
        assertThat(files).as("form files in %s", FORMS.toAbsolutePath()).isNotEmpty();
        for (Path file : files) {
            FormDefinition form = readFile("forms/" + file.getFileName(), file);
            String name = file.getFileName().toString();
            assertThat(form.id()).as("id of %s", name).isEqualTo(name.substring(0, name.length() - ".form".length()));
            assertThat(form.resource()).isEqualTo("forms/" + name);
            assertThat(form.fields()).as("fields of %s", name).isNotEmpty();
        }
    }

    @Test
    void shouldKeepEveryInputAFormFileDeclaresWithItsTypeRuleAndOptions() throws IOException {
        for (Path file : formFiles()) {
            JsonNode declared = json.readTree(file.toFile());
            FormDefinition form = readFile("forms/" + file.getFileName(), file);

            List<String> declaredKeys = new ArrayList<>();
            for (JsonNode component : declared.path("components")) {
                if (!component.hasNonNull("key")) {
                    if (component.path("type").asText().equals("dynamiclist") && component.hasNonNull("path")) {
                        // a list of rows is one field, named by its path; its rows' inputs are its own
                        declaredKeys.add(component.get("path").asText());
                    }
                    continue;
                }
                String key = component.get("key").asText();
                declaredKeys.add(key);
                FormField field = form.field(key).orElseThrow(
                        () -> new AssertionError(file + ": the field '" + key + "' was lost"));
                JsonNode validate = component.path("validate");
                assertThat(field.type()).as("%s %s type", file, key).isEqualTo(component.path("type").asText());
                assertThat(field.label()).as("%s %s label", file, key)
                        .isEqualTo(component.path("label").asText(component.path("dateLabel").asText(key)));
                assertThat(field.required()).as("%s %s required", file, key)
                        .isEqualTo(validate.path("required").asBoolean(false));
                assertThat(field.minLength()).as("%s %s minLength", file, key)
                        .isEqualTo(validate.has("minLength") ? validate.get("minLength").asInt() : null);
                assertThat(field.maxLength()).as("%s %s maxLength", file, key)
                        .isEqualTo(validate.has("maxLength") ? validate.get("maxLength").asInt() : null);
                assertThat(field.min()).as("%s %s min", file, key)
                        .isEqualTo(validate.path("min").isNumber() ? validate.get("min").asDouble() : null);
                assertThat(field.max()).as("%s %s max", file, key)
                        .isEqualTo(validate.path("max").isNumber() ? validate.get("max").asDouble() : null);
                assertThat(field.pattern()).as("%s %s pattern", file, key)
                        .isEqualTo(validate.has("pattern") ? validate.get("pattern").asText() : null);
                List<String> options = new ArrayList<>();
                component.path("values").forEach(v -> options.add(v.path("value").asText()));
                assertThat(field.options()).as("%s %s options", file, key).isEqualTo(options);
            }
            assertThat(form.fields()).extracting(FormField::key).as("fields of %s, in order", file)
                    .containsExactlyElementsOf(declaredKeys);
        }
    }

    @Test
    void shouldReadTheConsultationAnswerWithItsRequiredPrioritiesAndIntentionToSign() throws IOException {
        FormDefinition form = readFile("forms/consultation-answer.form", FORMS.resolve("consultation-answer.form"));

        assertThat(form.id()).isEqualTo("consultation-answer");
        assertThat(form.fields()).extracting(FormField::key)
                .containsExactly("priorities", "obstacles", "possibleCommitments", "intendsToSign",
                        "supportingDocuments");
        FormField supporting = form.field("supportingDocuments").orElseThrow();
        assertThat(supporting.type()).isEqualTo("filepicker");
        assertThat(supporting.required()).as("a supporting document is optional").isFalse();
        assertThat(supporting.upload().multiple()).isTrue();
        assertThat(supporting.upload().accept()).contains(".pdf");
        FormField priorities = form.field("priorities").orElseThrow();
        assertThat(priorities.type()).isEqualTo("textarea");
        assertThat(priorities.required()).isTrue();
        assertThat(priorities.minLength()).isEqualTo(3);
        assertThat(priorities.maxLength()).isEqualTo(4000);
        FormField intendsToSign = form.field("intendsToSign").orElseThrow();
        assertThat(intendsToSign.type()).isEqualTo("radio");
        assertThat(intendsToSign.required()).isTrue();
        assertThat(intendsToSign.takesOneOption()).isTrue();
        assertThat(intendsToSign.options()).containsExactly("yes", "undecided", "no");
        assertThat(form.field("obstacles").orElseThrow().required()).isFalse();
    }

    @Test
    void shouldReadThePactSignatureWithTheTwoDecisionsAndTheCodePattern() throws IOException {
        FormDefinition form = readFile("forms/pact-signature.form", FORMS.resolve("pact-signature.form"));

        assertThat(form.fields()).extracting(FormField::key).containsExactly("decision", "reason", "code");
        assertThat(form.field("code").orElseThrow().pattern()).isEqualTo("^[0-9]{6}$");
        assertThat(form.field("code").orElseThrow().required()).isTrue();
        assertThat(form.field("decision").orElseThrow().options()).containsExactly("SIGN", "DECLINE");
        assertThat(form.field("reason").orElseThrow().required()).isFalse();
    }

    @Test
    void shouldKeepTheSchemaAsTheModellerWroteIt() throws IOException {
        FormDefinition form = readFile("forms/consultation-answer.form", FORMS.resolve("consultation-answer.form"));

        assertThat(form.schema()).isEqualTo(json.readTree(FORMS.resolve("consultation-answer.form").toFile()));
        assertThat(form.schema().path("components").get(0).path("type").asText()).isEqualTo("text");
    }

    // ---- real form-js fixtures, as they are ----

    @Test
    void shouldHaveAnExpectedOutcomeForEveryFormJsFixture() throws IOException {
        try (Stream<Path> files = Files.list(fixtures())) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")))
                    .as("form-js fixtures; a new one needs its own test here")
                    .containsExactlyInAnyOrder("condition.json", "defaultValues.json", "form.json", "required.json",
                            "text.json", "validate.json");
        }
    }

    @Test
    void shouldLoadEveryFixtureWithoutIdUnderItsFileName() throws IOException {
        for (String name : List.of("condition.json", "defaultValues.json", "form.json", "required.json", "text.json",
                "validate.json")) {
            FormDefinition form = readFixture(name);
            assertThat(form.id()).as(name).isEqualTo(name.equals("condition.json") ? "Form"
                    : name.substring(0, name.length() - ".json".length()));
        }
    }

    @Test
    void shouldLoadTheTextFixtureWhichOnlyShowsSomething() throws IOException {
        assertThat(readFixture("text.json").fields()).isEmpty();
    }

    @Test
    void shouldLoadTheConditionFixtureWithTheFeelConditionOfItsTextField() throws IOException {
        FormDefinition form = readFixture("condition.json");

        assertThat(form.fields()).extracting(FormField::key).containsExactly("amount", "text");
        assertThat(form.field("text").orElseThrow().hide()).isEqualTo("amount <= 2");
        assertThat(form.field("amount").orElseThrow().hide()).isNull();
    }

    @Test
    void shouldLoadEveryInputOfTheFormFixtureWithItsGroupAndDynamicList() throws IOException {
        FormDefinition form = readFixture("form.json");

        assertThat(form.fields()).extracting(FormField::key).containsExactly("invoiceDetails.supplementaryInfo1",
                "invoiceDetails.supplementaryInfo2", "clients", "creditor", "invoiceNumber", "amount", "approved",
                "approvedBy", "approverComments", "product", "mailto", "language", "conversation", "tags");
        FormField clients = form.field("clients").orElseThrow();
        assertThat(clients.type()).isEqualTo("dynamiclist");
        assertThat(clients.items()).extracting(FormField::key).containsExactly("clientSurname", "clientName");
        assertThat(form.field("conversation").orElseThrow().label()).isEqualTo("Date of conversation");
        assertThat(form.field("conversation").orElseThrow().subtype()).isEqualTo("datetime");
    }

    @Test
    void shouldLoadTheRequiredFixtureWithChoicesThatOfferNoStaticValues() throws IOException {
        FormDefinition form = readFixture("required.json");

        assertThat(form.fields()).hasSize(11).allSatisfy(f -> assertThat(f.required()).isTrue());
        assertThat(form.field("product").orElseThrow().options()).isEmpty();
        assertThat(form.field("tags").orElseThrow().options()).isEmpty();
    }

    @Test
    void shouldLoadTheValidateFixtureWithItsLimitsAsFeelExpressions() throws IOException {
        FormDefinition form = readFixture("validate.json");

        assertThat(form.field("number_expression").orElseThrow().limits())
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("min", "min", "max", "max"));
        assertThat(form.field("textfield_expression").orElseThrow().limits())
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("minLength", "minLength",
                        "maxLength", "maxLength"));
        assertThat(form.field("number_expression").orElseThrow().min()).isNull();
    }

    @Test
    void shouldLoadEveryInputOfTheDefaultValuesFixture() throws IOException {
        FormDefinition form = readFixture("defaultValues.json");

        assertThat(form.fields()).extracting(FormField::key).containsExactly("creditor", "invoiceNumber", "amount",
                "mailto", "approved", "approvedBy", "approverComments", "product", "tags", "language");
        assertThat(form.field("creditor").orElseThrow().required()).isTrue();
        assertThat(form.field("invoiceNumber").orElseThrow().pattern()).isEqualTo("^C-[0-9]+$");
        FormField amount = form.field("amount").orElseThrow();
        assertThat(amount.min()).isEqualTo(0.0);
        assertThat(amount.max()).isEqualTo(1000.0);
        assertThat(form.field("mailto").orElseThrow().options())
                .containsExactly("approver", "manager", "regional-manager");
        assertThat(form.field("tags").orElseThrow().options()).hasSize(11);
        assertThat(form.field("language").orElseThrow().options()).containsExactly("german", "english");
    }

    // ---- what a task may refer to (forms/): an id, and something to choose ----

    @Test
    void shouldRefuseToDeployAFixtureWithoutIdNamingTheFile() {
        assertThatThrownBy(() -> FormDefinitions.deployable(reader, "forms/form.form",
                json.readTree(fixture("form.json").toFile())))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("forms/form.form: the form has no id, so no task can refer to it");
    }

    @Test
    void shouldRefuseToDeployABlankId() {
        assertThatThrownBy(() -> FormDefinitions.deployable(reader, "forms/f.form", json.readTree("""
                {"id": "  ", "components": []}
                """)))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("forms/f.form: the form has no id, so no task can refer to it");
    }

    @Test
    void shouldRefuseToDeployAChoiceWithoutAnyValuesNamingIt() {
        assertThatThrownBy(() -> FormDefinitions.deployable(reader, "forms/f.form", json.readTree("""
                {"id": "f", "components": [{"type": "select", "key": "region"}]}
                """)))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("forms/f.form: component 'region' of type 'select' offers no values: it has neither "
                        + "values nor a valuesKey or valuesExpression");
    }

    @Test
    void shouldDeployChoicesThatTakeTheirOptionsFromAVariableOrAnExpression() throws IOException {
        FormDefinition form = FormDefinitions.deployable(reader, "forms/f.form", json.readTree("""
                {"id": "f", "components": [{"type": "select", "key": "region", "valuesKey": "regions"},
                  {"type": "checklist", "key": "who", "valuesExpression": "=stakeholders[active]"}]}
                """));

        assertThat(form.field("region").orElseThrow().entry().valuesKey()).isEqualTo("regions");
        assertThat(form.field("who").orElseThrow().entry().valuesExpression()).isEqualTo("stakeholders[active]");
        assertThat(form.usesVariables()).isTrue();
    }

    @Test
    void shouldRefuseToDeployAChoiceWithoutStaticValuesInsideADynamicList() {
        assertThatThrownBy(() -> FormDefinitions.deployable(reader, "forms/f.form", json.readTree("""
                {"id": "f", "components": [{"type": "dynamiclist", "path": "rows", "components": [
                  {"type": "radio", "key": "pick"}]}]}
                """)))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessageStartingWith("forms/f.form: component 'pick' of type 'radio' offers no values");
    }

    // ---- small definitions ----

    @Test
    void shouldRefuseADefinitionWithoutComponents() {
        assertThatThrownBy(() -> read("""
                {"id": "empty", "type": "default"}
                """))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("test.form: not a form-js definition (no components)");
    }

    @Test
    void shouldRefuseADefinitionWhoseComponentsAreNotAList() {
        assertThatThrownBy(() -> read("""
                {"id": "odd", "components": {"type": "textfield", "key": "name"}}
                """))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("test.form: not a form-js definition (no components)");
    }

    @Test
    void shouldRefuseJsonThatIsNotAnObject() {
        assertThatThrownBy(() -> read("[]"))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessageContaining("not a form-js definition");
    }

    @Test
    void shouldRefuseAnInputWithoutKey() {
        assertThatThrownBy(() -> read("""
                {"id": "f", "components": [{"type": "textfield", "id": "Field_Name", "label": "Name"}]}
                """))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("test.form: a textfield has no key (component Field_Name)");
    }

    @Test
    void shouldRefuseAnInputWithABlankKey() {
        assertThatThrownBy(() -> read("""
                {"id": "f", "components": [{"type": "number", "key": " "}]}
                """))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("test.form: a number has no key");
    }

    @Test
    void shouldRefuseAnUnsupportedComponentNamingItsKeyAndType() {
        assertThatThrownBy(() -> read("""
                {"id": "f", "components": [
                  {"type": "textfield", "key": "name"},
                  {"type": "table", "key": "budget", "label": "Budget", "dataSource": "=budget"}]}
                """))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("test.form: component 'budget' of type 'table' is not supported by Copact's "
                        + "form generator");
    }

    // ---- filepicker ----

    @Test
    void shouldReadAFilePickerAsTheModelerWritesItWithAcceptMultipleRequiredAndCondition() throws IOException {
        FormDefinition form = read("""
                {"id": "f", "components": [
                  {"type": "checkbox", "key": "hasEvidence", "label": "I have evidence"},
                  {"id": "Field_Evidence", "type": "filepicker", "key": "evidence", "label": "Evidence",
                   "accept": ".pdf,image/*", "multiple": true, "validate": {"required": true},
                   "conditional": {"hide": "=not(hasEvidence)"}},
                  {"type": "filepicker", "key": "signedCopy"}]}
                """);

        FormField evidence = form.field("evidence").orElseThrow();
        assertThat(evidence.type()).isEqualTo("filepicker");
        assertThat(evidence.label()).isEqualTo("Evidence");
        assertThat(evidence.required()).isTrue();
        assertThat(evidence.hide()).isEqualTo("not(hasEvidence)");
        assertThat(evidence.upload()).isEqualTo(new FormField.Upload(".pdf,image/*", true));
        FormField signedCopy = form.field("signedCopy").orElseThrow();
        assertThat(signedCopy.required()).isFalse();
        assertThat(signedCopy.label()).isEqualTo("signedCopy");
        assertThat(signedCopy.upload()).as("form-js's defaults: any file, one only")
                .isEqualTo(new FormField.Upload(null, false));
    }

    @Test
    void shouldRefuseAFilePickerWhoseMultipleOrAcceptIsAnExpression() {
        assertThatThrownBy(() -> read("""
                {"id": "f", "components": [{"type": "filepicker", "key": "annex", "multiple": "=many"}]}
                """))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("test.form: filepicker 'annex' sets multiple by an expression, which Copact does not "
                        + "evaluate; use true or false");
        assertThatThrownBy(() -> read("""
                {"id": "f", "components": [{"type": "filepicker", "key": "annex", "accept": "{{types}}"}]}
                """))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessageContaining("filepicker 'annex' sets accept by an expression");
    }

    @Test
    void shouldRefuseAFilePickerRepeatedInADynamicList() {
        assertThatThrownBy(() -> read("""
                {"id": "f", "components": [{"type": "dynamiclist", "id": "List_Annexes", "path": "annexes",
                  "components": [{"type": "filepicker", "key": "file"}]}]}
                """))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessageContaining("repeats a filepicker");
    }

    @Test
    void shouldNameAnUnsupportedComponentWithoutKeyByItsId() {
        assertThatThrownBy(() -> read("""
                {"id": "f", "components": [{"type": "iframe", "id": "Frame_Map", "url": "https://example.org"}]}
                """))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("test.form: component Frame_Map of type 'iframe' is not supported by Copact's "
                        + "form generator");
    }

    @Test
    void shouldRefuseALimitGivenByTextThatIsNoFeelExpression() {
        assertThatThrownBy(() -> read("""
                {"id": "f", "components": [{"type": "textarea", "key": "note", "validate": {"maxLength": "limit"}}]}
                """))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("test.form: component 'note' sets maxLength by text that is neither a number nor a FEEL "
                        + "expression (starting with '=')");
    }

    @Test
    void shouldRefuseALimitWhoseExpressionDoesNotParseNamingTheComponent() {
        assertThatThrownBy(() -> read("""
                {"id": "f", "components": [{"type": "number", "key": "n", "validate": {"min": "=a <"}}]}
                """))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessageStartingWith("test.form: the min of component 'n' is not valid FEEL");
    }

    @Test
    void shouldRefuseADynamicListWithoutPath() {
        assertThatThrownBy(() -> read("""
                {"id": "f", "components": [{"type": "dynamiclist", "id": "List_1", "components": []}]}
                """))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("test.form: dynamiclist List_1 has no simple path to submit its items under");
    }

    @Test
    void shouldSkipComponentsThatOnlyShowSomething() throws IOException {
        FormDefinition form = read("""
                {"id": "f", "components": [
                  {"type": "text", "text": "# Hello"},
                  {"type": "separator"},
                  {"type": "spacer", "height": 30},
                  {"type": "checkbox", "key": "agreed", "label": "I agree"},
                  {"type": "button", "label": "Submit"}]}
                """);

        assertThat(form.fields()).extracting(FormField::key).containsExactly("agreed");
    }

    @Test
    void shouldLabelAFieldWithItsKeyWhenItHasNoLabel() throws IOException {
        FormDefinition form = read("""
                {"id": "f", "components": [{"type": "textfield", "key": "nickname"}]}
                """);

        assertThat(form.field("nickname").orElseThrow().label()).isEqualTo("nickname");
    }

    @Test
    void shouldReadLimitsAndOptionsOfEveryInputType() throws IOException {
        FormDefinition form = read("""
                {"id": "f", "components": [
                  {"type": "number", "key": "budget", "validate": {"min": 0.5, "max": 1000}},
                  {"type": "taglist", "key": "themes", "values": [{"label": "Apă", "value": "water"},
                                                                  {"label": "Energie", "value": "energy"}]}]}
                """);

        FormField budget = form.field("budget").orElseThrow();
        assertThat(budget.min()).isEqualTo(0.5);
        assertThat(budget.max()).isEqualTo(1000.0);
        assertThat(budget.required()).isFalse();
        FormField themes = form.field("themes").orElseThrow();
        assertThat(themes.takesManyOptions()).isTrue();
        assertThat(themes.options()).containsExactly("water", "energy");
        assertThat(form.field("missing")).isEmpty();
    }

    @Test
    void shouldSubmitTheFieldsOfAGroupWithAPathUnderThatPath() throws IOException {
        FormDefinition form = read("""
                {"id": "f", "components": [
                  {"type": "group", "id": "Group_Contact", "path": "contact", "components": [
                    {"type": "textfield", "key": "email", "validate": {"validationType": "email"}},
                    {"type": "group", "id": "Group_Plain", "components": [
                      {"type": "textfield", "key": "phone", "validate": {"validationType": "phone"}}]}]},
                  {"type": "checkbox", "key": "agreed"}]}
                """);

        assertThat(form.fields()).extracting(FormField::key).containsExactly("contact.email", "contact.phone", "agreed");
        assertThat(form.field("contact.email").orElseThrow().validationType()).isEqualTo("email");
        assertThat(form.field("contact.phone").orElseThrow().validationType()).isEqualTo("phone");
    }

    @Test
    void shouldReadTheSubtypeOfADatetimeDefaultingToADateAsFormJsDoes() throws IOException {
        FormDefinition form = read("""
                {"id": "f", "components": [
                  {"type": "datetime", "key": "meetingAt", "subtype": "datetime"},
                  {"type": "datetime", "key": "day"}]}
                """);

        assertThat(form.field("meetingAt").orElseThrow().subtype()).isEqualTo("datetime");
        assertThat(form.field("day").orElseThrow().subtype()).isEqualTo("date");
    }

    @Test
    void shouldRefuseAValidationTypeCopactDoesNotCheck() {
        assertThatThrownBy(() -> read("""
                {"id": "f", "components": [{"type": "textfield", "key": "iban", "validate": {"validationType": "iban"}}]}
                """))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("test.form: component 'iban' asks for the validation type 'iban', which Copact does not "
                        + "check");
    }

    @Test
    void shouldRefuseAConditionThatIsNotFeel() {
        assertThatThrownBy(() -> read("""
                {"id": "f", "components": [{"type": "textfield", "key": "why", "conditional": {"hide": "true"}}]}
                """))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessage("test.form: component 'why' has a condition that is not a FEEL expression (it must start "
                        + "with '=')");
    }

    @Test
    void shouldRefuseAConditionThatDoesNotParseNamingTheComponent() {
        assertThatThrownBy(() -> read("""
                {"id": "f", "components": [{"type": "textfield", "key": "why", "conditional": {"hide": "=a <"}}]}
                """))
                .isInstanceOf(InvalidFormDefinitionException.class)
                .hasMessageStartingWith("test.form: the condition of component 'why' is not valid FEEL");
    }

    // ---- helpers ----

    private static List<Path> formFiles() throws IOException {
        assertThat(FORMS).as("the forms directory, relative to %s", Path.of("").toAbsolutePath()).isDirectory();
        try (Stream<Path> files = Files.list(FORMS)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".form")).sorted().toList();
        }
    }

    private FormDefinition readFile(String resource, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(resource, in);
        }
    }

    private FormDefinition read(String definition) throws IOException {
        return reader.read("test.form", new ByteArrayInputStream(definition.getBytes(UTF_8)));
    }

    private static Path fixtures() {
        if (!Files.isDirectory(FIXTURES)) {
            fail("The form-js fixtures are missing: expected the folder " + FIXTURES.toAbsolutePath().normalize()
                    + " (../shared/fixtures/form-js from the project root). These tests check Copact against "
                    + "real form-js definitions and must not pass without them.");
        }
        return FIXTURES;
    }

    private FormDefinition readFixture(String name) throws IOException {
        return readFile(name, fixture(name));
    }

    private static Path fixture(String name) {
        Path file = fixtures().resolve(name);
        if (!Files.isRegularFile(file)) {
            fail("The form-js fixture " + file.toAbsolutePath().normalize() + " is missing");
        }
        return file;
    }
}
