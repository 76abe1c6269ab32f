package org.copact.process.signature;

import org.copact.process.TaskContexts;
import org.copact.tasks.OpenTaskRef;
import org.copact.tasks.TaskStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.copact.documents.DocumentService;
import org.copact.identity.StaffAccount;
import org.copact.identity.StaffAccounts;
import org.copact.pact.PactService;
import org.copact.process.ProcessVariables;
import org.copact.signing.SigningOrigin;
import org.copact.signing.SigningService;
import org.copact.stakeholder.Participations;
import org.copact.tasks.Submission;
import org.springframework.stereotype.Component;

/**
 * A facilitator looks at the PDF a signatory emailed back: confirmed, it is recorded as the
 * signatory's signature of the version put to signature, with the facilitator named as the one who
 * recorded it and the address and user agent of their confirmation; rejected, with a reason, the signatory is
 * asked to sign again.
 */
@Component
class ConfirmSignedCopyStep implements TaskStep {

    static final String DECISION = "decision";
    static final String CONFIRM = "CONFIRM";
    static final String REJECT = "REJECT";
    static final String REASON = "reason";

    private final TaskService engineTasks;
    private final PactService pacts;
    private final SigningService signing;
    private final DocumentService documents;
    private final Participations participations;
    private final StaffAccounts staff;

    ConfirmSignedCopyStep(TaskService engineTasks, PactService pacts, SigningService signing,
            DocumentService documents, Participations participations, StaffAccounts staff) {
        this.engineTasks = engineTasks;
        this.pacts = pacts;
        this.signing = signing;
        this.documents = documents;
        this.participations = participations;
        this.staff = staff;
    }

    @Override
    public String taskKey() {
        return PactSignatureProcess.TASK_CONFIRM_SIGNED_COPY;
    }

    @Override
    public Map<String, Object> context(OpenTaskRef task) {
        SignedCopy copy = signedCopy(task);
        DocumentService.Document document = documents.document(task.roundId(), copy.documentId()).orElseThrow();
        Map<String, Object> received = new LinkedHashMap<>();
        received.put("id", document.id());
        received.put("fileName", document.fileName());
        received.put("mediaType", document.mediaType());
        received.put("sha256", document.sha256());
        received.put("receivedAt", document.addedAt());
        received.put("download", "/api/rounds/" + task.roundId() + "/documents/" + document.id() + "/content");
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("signatory", participations.find(copy.participationId())
                .map(p -> p.contact().organisation()).orElseThrow());
        context.put("pactVersion", TaskContexts.version(pacts.version(task.pactVersionId())));
        context.put("signedCopy", received);
        return context;
    }

    @Override
    public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
        SignedCopy copy = signedCopy(task);
        if (CONFIRM.equals(values.get(DECISION))) {
            Submission submission = task.submission();
            SigningOrigin origin = submission == null ? new SigningOrigin(null, null)
                    : new SigningOrigin(submission.ipAddress(), submission.userAgent());
            String name = staff.find(task.actor()).map(StaffAccount::displayName).orElse(task.actor());
            signing.confirmSignedCopy(task.pactVersionId(), copy.participationId(), copy.documentId(), task.actor(),
                    name, origin);
            return Map.of(ProcessVariables.SIGNED_COPY_CONFIRMED, true);
        }
        String reason = (String) values.get(REASON);
        signing.rejectSignedCopy(task.pactVersionId(), copy.participationId(), copy.documentId(), reason,
                task.actor());
        return Map.of(ProcessVariables.SIGNED_COPY_CONFIRMED, false,
                ProcessVariables.SIGNED_COPY_REJECTION_REASON, reason.strip(),
                ProcessVariables.SIGNED_COPY_REVIEW_ID, task.taskId());
    }

    /** The signatory and the document, from the scope of the signatory's instance the task runs in. */
    private SignedCopy signedCopy(OpenTaskRef task) {
        Map<String, Object> variables = engineTasks.getVariables(task.taskId(),
                List.of(ProcessVariables.PARTICIPATION_ID, ProcessVariables.SIGNED_COPY_DOCUMENT_ID));
        return new SignedCopy(UUID.fromString((String) variables.get(ProcessVariables.PARTICIPATION_ID)),
                UUID.fromString((String) variables.get(ProcessVariables.SIGNED_COPY_DOCUMENT_ID)));
    }

    private record SignedCopy(UUID participationId, UUID documentId) {
    }

    /**
     * Each copy is judged on its own, often another signatory's: the verdict and reason given to an
     * earlier copy must not be offered again (one press of Send would reject a new copy for an old reason).
     */
    @Override
    public boolean startsFromEarlierAnswer() {
        return false;
    }
}
