package org.copact.forms;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.copact.documents.DocumentRefused;
import org.copact.documents.DocumentService;
import org.copact.documents.FormFileDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;

/**
 * Through the documents module's {@link FormFileDocuments}, with its storage mocked: what a filepicker's value may name: only documents of the task's round, and for a stakeholder
 * only those they brought; and how a refused upload is reported on its field.
 */
class AttachmentsTests {

    private final UUID round = UUID.randomUUID();
    private final UUID participation = UUID.randomUUID();
    private final FormDocuments.Holder stakeholder = new FormDocuments.Holder(round, participation,
            "stakeholder:" + participation, true);
    private final FormDocuments.Holder facilitator = new FormDocuments.Holder(round, null, "maria", false);
    private final DocumentService documents = mock(DocumentService.class);
    private final Attachments attachments = new Attachments(new FormFileDocuments(documents));
    private final FormDefinition form = form("""
            {"type": "textfield", "key": "name"},
            {"type": "filepicker", "key": "evidence", "multiple": true}""");

    private DocumentService.Document stored(UUID roundId, String name) {
        DocumentService.Document document = new DocumentService.Document(UUID.randomUUID(), roundId, null, name,
                "application/pdf", 10, "ab".repeat(32), "upload", "someone", Instant.now());
        when(documents.document(document.id())).thenReturn(Optional.of(document));
        return document;
    }

    @Test
    void shouldNameTheStakeholdersOwnDocumentsOfTheRoundAndNothingElse() {
        DocumentService.Document own = stored(round, "own.pdf");
        DocumentService.Document others = stored(round, "others.pdf");
        DocumentService.Document elsewhere = stored(UUID.randomUUID(), "elsewhere.pdf");
        when(documents.heldBy(participation, own.id())).thenReturn(Optional.of(own));
        when(documents.heldBy(participation, elsewhere.id())).thenReturn(Optional.of(elsewhere));

        List<FormProblem> fine = new ArrayList<>();
        Map<String, Object> resolved = attachments.resolve(form, stakeholder,
                Map.of("name", "x", "evidence", own.id().toString()), fine);
        List<FormProblem> refused = new ArrayList<>();
        attachments.resolve(form, stakeholder, Map.of("evidence", List.of(others.id().toString(),
                elsewhere.id().toString(), "not-an-id")), refused);

        assertThat(fine).isEmpty();
        assertThat(resolved).containsEntry("name", "x").containsEntry("evidence", List.of(Map.of(
                "documentId", own.id().toString(), "fileName", "own.pdf", "sha256", "ab".repeat(32))));
        assertThat(refused).containsExactly(new FormProblem("evidence", "form.error.document-unknown"));
    }

    @Test
    void shouldLetAFacilitatorNameAnyDocumentOfTheRoundAndTakeBackWhatItGave() {
        DocumentService.Document document = stored(round, "plan.pdf");
        List<FormProblem> problems = new ArrayList<>();

        Map<String, Object> once = attachments.resolve(form, facilitator,
                Map.of("evidence", List.of(document.id().toString())), problems);
        Map<String, Object> twice = attachments.resolve(form, facilitator, once, problems);

        assertThat(problems).isEmpty();
        assertThat(twice).isEqualTo(once);
        verify(documents, never()).heldBy(any(), any());
    }

    @Test
    void shouldLeaveAnEmptyFilePickerAbsentSoThatRequiredIsChecked() {
        List<FormProblem> problems = new ArrayList<>();

        Map<String, Object> resolved = attachments.resolve(form, stakeholder,
                Map.of("evidence", List.of()), problems);

        assertThat(problems).isEmpty();
        assertThat(resolved).doesNotContainKey("evidence");
    }

    @Test
    void shouldKeepEachPostedFileAndReportARefusedOneOnItsFieldWithTheLimit() {
        DocumentService.Document kept = stored(round, "a.pdf");
        DocumentRefused tooLarge = mock(DocumentRefused.class);
        when(tooLarge.reason()).thenReturn(DocumentRefused.Reason.TOO_LARGE);
        when(tooLarge.argument()).thenReturn(String.valueOf(20L * 1024 * 1024));
        when(documents.add(any())).thenReturn(new DocumentService.Added(kept, true)).thenThrow(tooLarge);
        Map<String, List<MultipartFile>> posted = Map.of("evidence", List.of(
                new MockMultipartFile("evidence", "a.pdf", "application/pdf", "%PDF-1.4".getBytes(UTF_8)),
                new MockMultipartFile("evidence", "", "application/octet-stream", new byte[0]),
                new MockMultipartFile("evidence", "big.pdf", "application/pdf", "%PDF-1.4 big".getBytes(UTF_8))));
        Map<String, Object> values = new LinkedHashMap<>(Map.of("name", "x"));

        List<FormProblem> problems = attachments.upload(form, stakeholder, posted, values);

        assertThat(problems).containsExactly(new FormProblem("evidence", "form.error.file-too-large", "20 MB"));
        assertThat(values).containsEntry("evidence", List.of(kept.id().toString()));
        assertThat(FormMessages.english().errors(problems).get(0).message()).isEqualTo("is larger than 20 MB");
        assertThat(Attachments.size(512_000)).isEqualTo("500 KB");
    }

    @Test
    void shouldNeitherKeepNorNameAFileForAQuestionThatDoesNotApply() {
        FormDefinition conditional = form("""
                {"type": "checkbox", "key": "attach"},
                {"type": "filepicker", "key": "evidence", "conditional": {"hide": "=attach != true"}}""");
        Map<String, List<MultipartFile>> posted = Map.of("evidence", List.of(
                new MockMultipartFile("evidence", "a.pdf", "application/pdf", "%PDF-1.4".getBytes(UTF_8))));
        Map<String, Object> values = new LinkedHashMap<>(Map.of("attach", false));

        List<FormProblem> uploaded = attachments.upload(conditional, stakeholder, posted, values);
        List<FormProblem> problems = new ArrayList<>();
        Map<String, Object> resolved = attachments.resolve(conditional, stakeholder,
                Map.of("attach", false, "evidence", List.of(UUID.randomUUID().toString())), problems);

        assertThat(uploaded).isEmpty();
        verify(documents, never()).add(any());
        assertThat(values).doesNotContainKey("evidence");
        assertThat(problems).isEmpty();
        assertThat(resolved).containsOnlyKeys("attach");
    }

    private static FormDefinition form(String components) {
        String definition = "{\"id\": \"test\", \"components\": [" + components + "]}";
        try {
            return new FormDefinitionReader(new ObjectMapper()).read("test.form",
                    new ByteArrayInputStream(definition.getBytes(UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
