package org.copact.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of a form's filepickers. A file posted with a form's page is kept through
 * {@link FormDocuments}, checked as mail and API uploads are, held by the stakeholder who sent it.
 * Whatever the way in (page or API), a filepicker's value is then the documents it names, as
 * {@code {documentId, fileName, sha256}}: only documents of the holder's round that the holder may
 * use (a stakeholder those they brought, a facilitator any of the round's).
 */
@Component
public class Attachments {

    static final String DOCUMENT_ID = "documentId";
    static final String FILE_NAME = "fileName";
    static final String SHA256 = "sha256";

    private final FormDocuments documents;

    public Attachments(FormDocuments documents) {
        this.documents = documents;
    }

    /**
     * Keeps the files posted for each filepicker and adds their ids to its value in {@code values};
     * returns what was refused, one problem per field, the first reason given.
     */
    public List<FormProblem> upload(FormDefinition form, FormDocuments.Holder holder,
            Map<String, List<MultipartFile>> posted, Map<String, Object> values) {
        return upload(form, holder, posted, values, Map.of());
    }

    /**
     * As {@link #upload(FormDefinition, FormDocuments.Holder, Map, Map)}, the conditions seeing the
     * task's variables under the values; a disabled or read-only filepicker keeps no file.
     */
    public List<FormProblem> upload(FormDefinition form, FormDocuments.Holder holder,
            Map<String, List<MultipartFile>> posted, Map<String, Object> values, Map<String, Object> variables) {
        List<FormProblem> problems = new ArrayList<>();
        Map<String, Object> scope = new HashMap<>(variables);
        scope.putAll(values);
        for (FormField field : form.fields()) {
            if (!field.isFilePicker() || FormConditions.hides(field, scope) || field.editing().disabled()
                    || FormConditions.readonly(field, scope)) {
                continue; // a file posted for a question that does not apply, or may not change, is not kept
            }
            List<Object> ids = new ArrayList<>(idsOf(FormValues.at(values, field.path())));
            FormProblem refused = null;
            for (MultipartFile file : posted.getOrDefault(field.key(), List.of())) {
                if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                    continue; // a file input left empty
                }
                try {
                    ids.add(documents.keep(holder, file.getOriginalFilename(), file.getBytes()).documentId().toString());
                } catch (FormDocuments.Refused e) {
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
    public Map<String, Object> resolve(FormDefinition form, FormDocuments.Holder holder, Map<String, Object> submitted,
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
                Optional<FormDocuments.Kept> document = usable(id, holder);
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

    private Optional<FormDocuments.Kept> usable(Object id, FormDocuments.Holder holder) {
        UUID documentId;
        try {
            documentId = UUID.fromString(String.valueOf(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return documents.usable(holder, documentId);
    }

    static Map<String, Object> describe(FormDocuments.Kept document) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put(DOCUMENT_ID, document.documentId().toString());
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

    private static FormProblem problem(String field, FormDocuments.Refused refused) {
        return switch (refused.reason()) {
            case EMPTY -> new FormProblem(field, "form.error.file-empty");
            case TOO_LARGE -> new FormProblem(field, "form.error.file-too-large", size(refused.limitBytes()));
            case PROGRAM -> new FormProblem(field, "form.error.file-program");
        };
    }

    /** 20971520 is "20 MB", 512000 is "500 KB" */
    static String size(long bytes) {
        long mega = 1024 * 1024;
        return bytes >= mega && bytes % mega == 0 ? bytes / mega + " MB" : Math.max(1, bytes / 1024) + " KB";
    }
}
