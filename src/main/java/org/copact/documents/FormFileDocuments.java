package org.copact.documents;

import java.util.Optional;
import java.util.UUID;
import org.copact.forms.FormDocuments;
import org.springframework.stereotype.Component;

/**
 * The files of forms' filepickers, kept as documents of the round: checked as mail and API uploads
 * are (size, type, programs refused), held by the stakeholder who sent them.
 */
@Component
public class FormFileDocuments implements FormDocuments {

    private final DocumentService documents;

    public FormFileDocuments(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public Kept keep(Holder holder, String fileName, byte[] content) throws Refused {
        try {
            DocumentService.Added added = documents.add(new DocumentService.NewDocument(holder.roundId(),
                    holder.participationId(), null, fileName, content, DocumentService.SOURCE_UPLOAD, holder.actor()));
            return kept(added.document());
        } catch (DocumentRefused e) {
            throw new Refused(switch (e.reason()) {
                case EMPTY -> Refused.Reason.EMPTY;
                case TOO_LARGE -> Refused.Reason.TOO_LARGE;
                case PROGRAM -> Refused.Reason.PROGRAM;
            }, e.reason() == DocumentRefused.Reason.TOO_LARGE ? Long.parseLong(e.argument()) : 0, e.getMessage());
        }
    }

    @Override
    public Optional<Kept> usable(Holder holder, UUID documentId) {
        Optional<DocumentService.Document> document = holder.ownDocumentsOnly()
                ? documents.heldBy(holder.participationId(), documentId)
                : documents.document(documentId);
        return document.filter(d -> d.roundId().equals(holder.roundId())).map(FormFileDocuments::kept);
    }

    private static Kept kept(DocumentService.Document document) {
        return new Kept(document.id(), document.fileName(), document.sha256());
    }
}
