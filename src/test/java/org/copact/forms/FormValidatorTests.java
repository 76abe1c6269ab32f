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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copact.common.FieldError;
import org.junit.jupiter.api.Test;

/** A submission is checked as form-js checks it in the browser, and every mistake is reported at once. */
class FormValidatorTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final FormDefinition CONSULTATION = realForm("consultation-answer");
    private static final FormDefinition SIGNATURE = realForm("pact-signature");

    // ---- required ----

    @Test
    void shouldReportARequiredFieldThatIsMissing() {
        FormValidator.Result result = FormValidator.validate(CONSULTATION, Map.of("intendsToSign", "yes"));

        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).containsExactly(new FieldError("priorities", "is required"));
    }

    @Test
    void shouldTreatABlankTextAsMissing() {
        FormValidator.Result result = FormValidator.validate(CONSULTATION,
                Map.of("priorities", " \t\n ", "intendsToSign", "yes"));

        assertThat(result.errors()).containsExactly(new FieldError("priorities", "is required"));
    }

    @Test
    void shouldTreatAnEmptyListAsMissing() {
        FormDefinition form = form("""
                {"type": "checklist", "key": "themes", "validate": {"required": true},
                 "values": [{"label": "Energie", "value": "energy"}, {"label": "Apă", "value": "water"}]}
                """);

        FormValidator.Result result = FormValidator.validate(form, Map.of("themes", List.of()));

        assertThat(result.errors()).containsExactly(new FieldError("themes", "is required"));
    }

    @Test
    void shouldTreatNoSubmissionAtAllAsEveryRequiredFieldMissing() {
        FormValidator.Result result = FormValidator.validate(CONSULTATION, null);

        assertThat(result.errors()).containsExactlyInAnyOrder(new FieldError("priorities", "is required"),
                new FieldError("intendsToSign", "is required"));
    }

    @Test
    void shouldLeaveOutAnOptionalFieldLeftEmpty() {
        Map<String, Object> submitted = new HashMap<>();
        submitted.put("priorities", "Eficiență energetică în clădirile publice");
        submitted.put("obstacles", "   ");
        submitted.put("possibleCommitments", null);
        submitted.put("intendsToSign", "undecided");

        FormValidator.Result result = FormValidator.validate(CONSULTATION, submitted);

        assertThat(result.valid()).isTrue();
        assertThat(result.values()).containsOnlyKeys("priorities", "intendsToSign");
    }

    /**
     * form-js refuses a required checkbox left unticked ({@code isUncheckedCheckbox}): "required" on a
     * checkbox means "must be ticked", such as "I accept the terms of the pact".
     */
    @Test
    void shouldRefuseAnUntickedRequiredCheckboxAsFormJsDoes() {
        FormDefinition form = form("""
                {"type": "checkbox", "key": "acceptsTerms", "label": "I accept", "validate": {"required": true}}
                """);

        FormValidator.Result result = FormValidator.validate(form, Map.of("acceptsTerms", false));

        assertThat(result.errors()).containsExactly(new FieldError("acceptsTerms", "is required"));
    }

    // ---- unknown keys ----

    @Test
    void shouldRefuseAKeyThatIsNotAFieldOfTheForm() {
        FormValidator.Result result = FormValidator.validate(CONSULTATION,
                Map.of("priorities", "Energie solară", "intendsToSign", "yes", "approved", true));

        assertThat(result.errors()).containsExactly(new FieldError("approved", "is not a field of this form"));
        assertThat(result.values()).doesNotContainKey("approved");
    }

    // ---- text ----

    @Test
    void shouldRefuseATextFieldThatIsNotAString() {
        FormValidator.Result result = FormValidator.validate(CONSULTATION,
                Map.of("priorities", 42, "intendsToSign", "yes"));

        assertThat(result.errors()).containsExactly(new FieldError("priorities", "must be text"));
    }

    @Test
    void shouldCountLengthInCharactersNotBytesForRomanianAndGreek() {
        FormDefinition form = form("""
                {"type": "textfield", "key": "city", "validate": {"minLength": 5, "maxLength": 6}}
                """);

        // 5 and 6 characters, but 7 to 12 bytes in UTF-8
        assertThat(FormValidator.validate(form, Map.of("city", "Iași")).errors())
                .containsExactly(new FieldError("city", "must be at least 5 characters long"));
        assertThat(FormValidator.validate(form, Map.of("city", "Brăila")).valid()).isTrue();
        assertThat(FormValidator.validate(form, Map.of("city", "Βόλος")).valid()).isTrue();
        assertThat(FormValidator.validate(form, Map.of("city", "Ελλάδα")).valid()).isTrue();
        assertThat(FormValidator.validate(form, Map.of("city", "Σαλαμίνα")).errors())
                .containsExactly(new FieldError("city", "must be at most 6 characters long"));
    }

    @Test
    void shouldCountACharacterOutsideTheBasicPlaneOnce() {
        FormDefinition form = form("""
                {"type": "textfield", "key": "mood", "validate": {"maxLength": 3}}
                """);

        // three code points, six UTF-16 units
        assertThat(FormValidator.validate(form, Map.of("mood", "🌍🌱🌍")).valid()).isTrue();
        assertThat(FormValidator.validate(form, Map.of("mood", "🌍🌱🌍🌱")).errors())
                .containsExactly(new FieldError("mood", "must be at most 3 characters long"));
    }

    @Test
    void shouldRefuseATextThatDoesNotMatchThePattern() {
        String code = "012345";

        assertThat(FormValidator.validate(SIGNATURE, Map.of("code", "12a456", "decision", "SIGN")).errors())
                .containsExactly(new FieldError("code", "does not have the expected form"));
        assertThat(FormValidator.validate(SIGNATURE, Map.of("code", code + "6", "decision", "SIGN")).errors())
                .containsExactly(new FieldError("code", "does not have the expected form"));
        assertThat(FormValidator.validate(SIGNATURE, Map.of("code", code, "decision", "SIGN")).valid()).isTrue();
    }

    /**
     * form-js tests a pattern with {@code new RegExp(pattern).test(value)}, which finds it anywhere
     * in the value; the browser accepts what contains an unanchored pattern.
     */
    @Test
    void shouldAcceptATextContainingAnUnanchoredPatternAsFormJsDoes() {
        FormDefinition form = form("""
                {"type": "textfield", "key": "reference", "validate": {"pattern": "C-[0-9]+"}}
                """);

        assertThat(FormValidator.validate(form, Map.of("reference", "Invoice C-123 of May")).errors()).isEmpty();
        assertThat(FormValidator.validate(form, Map.of("reference", "Invoice of May")).errors())
                .containsExactly(new FieldError("reference", "does not have the expected form"));
    }

    @Test
    void shouldSayWhenTheFormsOwnPatternIsInvalid() {
        FormDefinition form = form("""
                {"type": "textfield", "key": "code", "validate": {"pattern": "[a-z"}}
                """);

        assertThat(FormValidator.validate(form, Map.of("code", "abc")).errors())
                .containsExactly(new FieldError("code", "cannot be checked: the form's pattern is invalid"));
    }

    @Test
    void shouldStripSurroundingSpacesFromTextBeforeCheckingAndKeepingIt() {
        FormValidator.Result result = FormValidator.validate(CONSULTATION,
                Map.of("priorities", "  \n Energie verde pentru Măgurele \t ", "intendsToSign", "yes"));

        assertThat(result.valid()).isTrue();
        assertThat(result.values()).containsEntry("priorities", "Energie verde pentru Măgurele");

        // "ab" with spaces around is still too short for minLength 3
        assertThat(FormValidator.validate(CONSULTATION, Map.of("priorities", "  ab  ", "intendsToSign", "yes"))
                .errors()).containsExactly(new FieldError("priorities", "must be at least 3 characters long"));
        assertThat(FormValidator.validate(SIGNATURE, Map.of("code", " 012345 ", "decision", "SIGN")).values())
                .containsEntry("code", "012345");
    }

    // ---- numbers ----

    @Test
    void shouldRefuseANumberOutsideItsLimits() {
        FormDefinition form = form("""
                {"type": "number", "key": "amount", "validate": {"min": 0, "max": 1000}}
                """);

        assertThat(FormValidator.validate(form, Map.of("amount", -1)).errors())
                .containsExactly(new FieldError("amount", "must be at least 0"));
        assertThat(FormValidator.validate(form, Map.of("amount", 1000.5)).errors())
                .containsExactly(new FieldError("amount", "must be at most 1000"));
        assertThat(FormValidator.validate(form, Map.of("amount", 0)).valid()).isTrue();
        assertThat(FormValidator.validate(form, Map.of("amount", 1000)).values()).containsEntry("amount", 1000);
    }

    @Test
    void shouldGiveAFractionalLimitAsIs() {
        FormDefinition form = form("""
                {"type": "number", "key": "share", "validate": {"min": 0.5}}
                """);

        assertThat(FormValidator.validate(form, Map.of("share", 0.25)).errors())
                .containsExactly(new FieldError("share", "must be at least 0.5"));
    }

    @Test
    void shouldRefuseANumberGivenAsTextOrNotFinite() {
        FormDefinition form = form("""
                {"type": "number", "key": "amount"}
                """);

        assertThat(FormValidator.validate(form, Map.of("amount", "12")).errors())
                .containsExactly(new FieldError("amount", "must be a number"));
        assertThat(FormValidator.validate(form, Map.of("amount", Double.NaN)).errors())
                .containsExactly(new FieldError("amount", "must be a number"));
        assertThat(FormValidator.validate(form, Map.of("amount", Double.POSITIVE_INFINITY)).errors())
                .containsExactly(new FieldError("amount", "must be a number"));
    }

    // ---- checkbox and options ----

    @Test
    void shouldRefuseACheckboxThatIsNotTrueOrFalse() {
        FormDefinition form = form("""
                {"type": "checkbox", "key": "approved"}
                """);

        assertThat(FormValidator.validate(form, Map.of("approved", "yes")).errors())
                .containsExactly(new FieldError("approved", "must be true or false"));
        assertThat(FormValidator.validate(form, Map.of("approved", 1)).errors())
                .containsExactly(new FieldError("approved", "must be true or false"));
        assertThat(FormValidator.validate(form, Map.of("approved", true)).values()).containsEntry("approved", true);
    }

    @Test
    void shouldRefuseARadioValueThatIsNotAnOption() {
        FormValidator.Result result = FormValidator.validate(CONSULTATION,
                Map.of("priorities", "Energie", "intendsToSign", "maybe"));

        assertThat(result.errors()).containsExactly(
                new FieldError("intendsToSign", "must be one of [yes, undecided, no]"));
    }

    @Test
    void shouldRefuseASelectValueThatIsNotAnOptionEvenIfItIsALabel() {
        FormDefinition form = form("""
                {"type": "select", "key": "language",
                 "values": [{"label": "German", "value": "german"}, {"label": "English", "value": "english"}]}
                """);

        assertThat(FormValidator.validate(form, Map.of("language", "English")).errors())
                .containsExactly(new FieldError("language", "must be one of [german, english]"));
        assertThat(FormValidator.validate(form, Map.of("language", List.of("english"))).errors())
                .containsExactly(new FieldError("language", "must be one of [german, english]"));
        assertThat(FormValidator.validate(form, Map.of("language", "english")).valid()).isTrue();
    }

    @Test
    void shouldRefuseAChecklistWithAValueOutsideItsOptions() {
        FormDefinition form = form("""
                {"type": "checklist", "key": "mailto",
                 "values": [{"label": "Approver", "value": "approver"}, {"label": "Manager", "value": "manager"}]}
                """);

        assertThat(FormValidator.validate(form, Map.of("mailto", List.of("approver", "ceo"))).errors())
                .containsExactly(new FieldError("mailto", "must only contain values of [approver, manager]"));
        assertThat(FormValidator.validate(form, Map.of("mailto", List.of("approver", 1))).errors())
                .containsExactly(new FieldError("mailto", "must only contain values of [approver, manager]"));
        assertThat(FormValidator.validate(form, Map.of("mailto", List.of("manager", "approver"))).values())
                .containsEntry("mailto", List.of("manager", "approver"));
    }

    @Test
    void shouldRefuseAChecklistThatIsNotAList() {
        FormDefinition form = form("""
                {"type": "taglist", "key": "tags",
                 "values": [{"label": "Tag 1", "value": "tag1"}, {"label": "Tag 2", "value": "tag2"}]}
                """);

        assertThat(FormValidator.validate(form, Map.of("tags", "tag1")).errors())
                .containsExactly(new FieldError("tags", "must be a list of [tag1, tag2]"));
    }

    // ---- everything at once ----

    @Test
    void shouldReportEveryErrorOfOneSubmissionTogether() {
        FormDefinition form = form("""
                {"type": "textfield", "key": "name", "validate": {"required": true}},
                {"type": "textfield", "key": "invoiceNumber", "validate": {"pattern": "^C-[0-9]+$"}},
                {"type": "number", "key": "amount", "validate": {"min": 0, "max": 1000}},
                {"type": "checkbox", "key": "approved"},
                {"type": "radio", "key": "product",
                 "values": [{"label": "Platform", "value": "platform"}, {"label": "Cloud", "value": "cloud"}]},
                {"type": "textarea", "key": "comment", "validate": {"maxLength": 10}}
                """);
        Map<String, Object> submitted = new LinkedHashMap<>();
        submitted.put("invoiceNumber", "123");
        submitted.put("amount", 5000);
        submitted.put("approved", "no");
        submitted.put("product", "desktop");
        submitted.put("comment", "Totul este în regulă");
        submitted.put("extra", "?");

        FormValidator.Result result = FormValidator.validate(form, submitted);

        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("extra", "name",
                "invoiceNumber", "amount", "approved", "product", "comment");
        assertThat(result.values()).isEmpty();
    }

    @Test
    void shouldKeepOnlyTheCheckedValuesOfTheFormsOwnFields() {
        FormValidator.Result result = FormValidator.validate(CONSULTATION, Map.of(
                "priorities", "Reducerea deșeurilor", "possibleCommitments", "Panouri solare până în 2027",
                "intendsToSign", "yes"));

        assertThat(result.valid()).isTrue();
        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).containsExactly(Map.entry("priorities", "Reducerea deșeurilor"),
                Map.entry("possibleCommitments", "Panouri solare până în 2027"), Map.entry("intendsToSign", "yes"));
    }

    // ---- filepicker: its value is the documents Attachments found, {documentId, fileName, sha256} ----

    private static final FormDefinition FILES = form("""
            {"type": "filepicker", "key": "signedCopy", "validate": {"required": true}},
            {"type": "filepicker", "key": "annexes", "multiple": true}""");

    private static Map<String, Object> document(String id) {
        return Map.of("documentId", id, "fileName", id + ".pdf", "sha256", "ab".repeat(32));
    }

    @Test
    void shouldRequireAFileOfARequiredFilePicker() {
        FormValidator.Result none = FormValidator.validate(FILES, Map.of());
        FormValidator.Result empty = FormValidator.validate(FILES, Map.of("signedCopy", List.of()));

        assertThat(none.errors()).containsExactly(new FieldError("signedCopy", "is required"));
        assertThat(empty.errors()).containsExactly(new FieldError("signedCopy", "is required"));
    }

    @Test
    void shouldKeepTheDocumentsOfAFilePickerAndRefuseTwoWhereOneIsAsked() {
        FormValidator.Result kept = FormValidator.validate(FILES, Map.of("signedCopy", List.of(document("a")),
                "annexes", List.of(document("b"), document("c"))));
        FormValidator.Result two = FormValidator.validate(FILES, Map.of("signedCopy",
                List.of(document("a"), document("b"))));

        assertThat(kept.valid()).isTrue();
        assertThat(kept.values()).containsEntry("signedCopy", List.of(document("a")))
                .containsEntry("annexes", List.of(document("b"), document("c")));
        assertThat(two.errors()).containsExactly(new FieldError("signedCopy", "takes one file only"));
    }

    @Test
    void shouldRefuseAFilePickerValueThatIsNoListOfDocuments() {
        FormValidator.Result text = FormValidator.validate(FILES, Map.of("signedCopy", "a.pdf"));
        FormValidator.Result noId = FormValidator.validate(FILES, Map.of("signedCopy",
                List.of(Map.of("fileName", "a.pdf"))));

        assertThat(text.errors()).containsExactly(new FieldError("signedCopy",
                "must be the ids of documents of this round"));
        assertThat(noId.errors()).extracting(FieldError::field).containsExactly("signedCopy");
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

    private static FormDefinition realForm(String id) {
        Path file = Path.of("forms", id + ".form");
        try (InputStream in = Files.newInputStream(file)) {
            return new FormDefinitionReader(JSON).read("forms/" + id + ".form", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
