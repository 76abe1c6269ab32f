package org.copact.tasks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.copact.identity.Caller;
import org.copact.intake.DocumentRefused;
import org.copact.intake.DocumentService;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of a form's filepickers. A file posted with a task's page becomes a document of the
 * round through {@link DocumentService}, checked as mail and API uploads are, held by the
 * stakeholder who sent it. Whatever the way in (page or API), a filepicker's value is then the
 * documents it names, as {@code {documentId, fileName, sha256}}: only documents of the task's round
 * that the caller may use (a stakeholder those they brought, a facilitator any of the round's).
 */
@Component
class Attachments {

    static final String DOCUMENT_ID = "documentId";
    static final String FILE_NAME = "fileName";
    static final String SHA256 = "sha256";

    private final DocumentService documents;

    Attachments(DocumentService documents) {
        this.documents = documents;
    }

    /**
     * Keeps the files posted for each filepicker and adds their ids to its value in {@code values};
     * returns what was refused, one problem per field, the first reason given.
     */
    List<FormProblem> upload(FormDefinition form, OpenTaskRef task, Caller caller,
            Map<String, List<MultipartFile>> posted, Map<String, Object> values) {
        List<FormProblem> problems = new ArrayList<>();
        for (FormField field : form.fields()) {
            if (!field.isFilePicker() || FormConditions.hides(field, values)) {
                continue; // a file posted for a question that does not apply is not kept
            }
            List<Object> ids = new ArrayList<>(idsOf(FormValues.at(values, field.path())));
            FormProblem refused = null;
            for (MultipartFile file : posted.getOrDefault(field.key(), List.of())) {
                if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                    continue; // a file input left empty
                }
                try {
                    DocumentService.Added added = documents.add(new DocumentService.NewDocument(task.roundId(),
                            task.participationId(), null, file.getOriginalFilename(), file.getBytes(),
                            DocumentService.SOURCE_UPLOAD, task.actor()));
                    ids.add(added.document().id().toString());
                } catch (DocumentRefused e) {
                    if (refused == null) {
                        refused = problem(field.key(), e);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (refused != null) {
                problems.add(refused);
            }
            if (!ids.isEmpty()) {
                FormValues.put(values, field.path(), ids);
            }
        }
        return problems;
    }

    /**
     * The values with each filepicker's value (an id, a list of ids, or documents as this class
     * gives them) replaced by the documents it names; a name that is no document the caller may use
     * in this round is a problem, and a filepicker left empty is absent.
     */
    Map<String, Object> resolve(FormDefinition form, OpenTaskRef task, Caller caller, Map<String, Object> submitted,
            List<FormProblem> problems) {
        Map<String, Object> values = FormValues.deepCopy(submitted == null ? Map.of() : submitted);
        for (FormField field : form.fields()) {
            if (!field.isFilePicker()) {
                continue;
            }
            if (FormConditions.hides(field, values)) {
                FormValues.remove(values, field.path());
                continue;
            }
            Object given = FormValues.at(values, field.path());
            if (given == null) {
                continue;
            }
            List<Object> ids = idsOf(given);
            List<Map<String, Object>> named = new ArrayList<>();
            boolean unknown = false;
            for (Object id : new LinkedHashSet<>(ids)) {
                Optional<DocumentService.Document> document = usable(id, task, caller);
                if (document.isPresent()) {
                    named.add(describe(document.get()));
                } else {
                    unknown = true;
                }
            }
            if (unknown) {
                problems.add(new FormProblem(field.key(), "form.error.document-unknown"));
            }
            if (named.isEmpty()) {
                FormValues.remove(values, field.path());
            } else {
                FormValues.put(values, field.path(), named);
            }
        }
        return values;
    }

    private Optional<DocumentService.Document> usable(Object id, OpenTaskRef task, Caller caller) {
        UUID documentId;
        try {
            documentId = UUID.fromString(String.valueOf(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Optional<DocumentService.Document> document = caller instanceof Caller.Stakeholder stakeholder
                ? documents.heldBy(stakeholder.participationId(), documentId)
                : documents.document(documentId);
        return document.filter(d -> d.roundId().equals(task.roundId()));
    }

    static Map<String, Object> describe(DocumentService.Document document) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put(DOCUMENT_ID, document.id().toString());
        described.put(FILE_NAME, document.fileName());
        described.put(SHA256, document.sha256());
        return described;
    }

    /** "id", ["id", ...], {documentId: "id"} or [{documentId: "id"}, ...]: the ids, in order */
    private static List<Object> idsOf(Object value) {
        if (value == null) {
            return List.of();
        }
        Collection<?> many = value instanceof Collection<?> list ? list : List.of(value);
        List<Object> ids = new ArrayList<>();
        for (Object one : many) {
            Object id = one instanceof Map<?, ?> map ? map.get(DOCUMENT_ID) : one;
            if (id instanceof String text && !text.isBlank()) {
                ids.add(text.strip());
            } else {
                ids.add(String.valueOf(id)); // not an id: reported as an unknown document
            }
        }
        return ids;
    }

    private static FormProblem problem(String field, DocumentRefused refused) {
        return switch (refused.reason()) {
            case EMPTY -> new FormProblem(field, "form.error.file-empty");
            case TOO_LARGE -> new FormProblem(field, "form.error.file-too-large", size(Long.parseLong(refused.argument())));
            case PROGRAM -> new FormProblem(field, "form.error.file-program");
        };
    }

    /** 20971520 is "20 MB", 512000 is "500 KB" */
    static String size(long bytes) {
        long mega = 1024 * 1024;
        return bytes >= mega && bytes % mega == 0 ? bytes / mega + " MB" : Math.max(1, bytes / 1024) + " KB";
    }
}
