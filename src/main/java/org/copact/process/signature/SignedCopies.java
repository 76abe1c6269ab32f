package org.copact.process.signature;

import org.copact.process.ProcessVariables;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.copact.documents.DocumentService;
import org.copact.mail.MailEvents.ReplyReceived;
import org.copact.signing.SigningService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A reply that carries a PDF, from a signatory whose signature task is open, is a signed copy: it
 * interrupts that task and goes to a facilitator to confirm. Told to the process in the transaction
 * that recorded the reply, as {@link EmailedAnswers} does, so a failed correlation leaves the message
 * in the inbox to be taken again. Any other reply is kept on record and changes no step.
 */
@Component
class SignedCopies {

    static final String PDF = "application/pdf";
    private static final Logger log = LoggerFactory.getLogger(SignedCopies.class);

    private final RuntimeService runtime;
    private final DocumentService documents;
    private final SigningService signing;

    SignedCopies(RuntimeService runtime, DocumentService documents, SigningService signing) {
        this.runtime = runtime;
        this.documents = documents;
        this.signing = signing;
    }

    /**
     * Synchronous, in the transaction that recorded the reply: a failed correlation leaves the
     * message in the inbox to be taken again, and the signed copy is never half received.
     */
    @EventListener
    void on(ReplyReceived reply) {
        Optional<DocumentService.Document> pdf = reply.documentIds().stream().map(documents::document)
                .flatMap(Optional::stream).filter(SignedCopies::isPdf).findFirst();
        if (pdf.isEmpty()) {
            return;
        }
        if (!reply.vouched()) {
            // anyone can write a signatory's address in From: such a copy stays a document of the round
            log.warn("A PDF reply matched to participation {} only by its sender's address is not taken as a"
                    + " signed copy", reply.participationId());
            return;
        }
        UUID documentId = pdf.get().id();
        // the document's id lands in the scope the boundary event continues in: this signatory's instance
        List<MessageCorrelationResult> reached = runtime
                .createMessageCorrelation(PactSignatureProcess.MSG_SIGNED_COPY_RECEIVED)
                .processInstanceBusinessKey(reply.roundId().toString())
                .localVariableEquals(ProcessVariables.PARTICIPATION_ID, reply.participationId().toString())
                .setVariableToTriggeredScope(ProcessVariables.SIGNED_COPY_DOCUMENT_ID, documentId.toString())
                .correlateAllWithResult();
        log.info("PDF reply of participation {} reached {} signature task(s)", reply.participationId(), reached.size());
        for (MessageCorrelationResult result : reached) {
            String pactVersionId = (String) runtime.getVariable(result.getExecution().getProcessInstanceId(),
                    ProcessVariables.PACT_VERSION_ID);
            signing.signedCopyReceived(UUID.fromString(pactVersionId), reply.participationId(), documentId);
        }
    }

    /** The type Tika detected from the content when the document was kept, not what the sender claimed. */
    static boolean isPdf(DocumentService.Document document) {
        return PDF.equals(document.mediaType().split(";")[0].trim());
    }
}
