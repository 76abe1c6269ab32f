package org.copact.process.signature;

/**
 * {@code bpmn/pact-signature.bpmn}: each signatory signs or declines the final version; the first
 * decline ends the signature and sends the pact back to drafting. A signed PDF emailed in reply to
 * the request interrupts the signatory's task; a facilitator confirms it (the signature) or rejects
 * it (the signatory is asked again).
 */
public final class PactSignatureProcess {

    public static final String KEY = "pact-signature";

    public static final String SUBPROCESS_SIGNATURE = "SubProcess_Signature";
    public static final String TASK_SEND_SIGNATURE_REQUEST = "Task_SendSignatureRequest";
    public static final String TASK_SIGN_PACT = "Task_SignPact";
    public static final String EVENT_SIGNED_COPY_RECEIVED = "Event_SignedCopyReceived";
    public static final String TASK_CONFIRM_SIGNED_COPY = "Task_ConfirmSignedCopy";
    public static final String GATEWAY_SIGNED_COPY_CONFIRMED = "Gateway_SignedCopyConfirmed";
    public static final String TASK_SEND_SIGNED_COPY_REJECTION = "Task_SendSignedCopyRejection";
    public static final String END_SIGNED_BY_COPY = "EndEvent_SignedByCopy";
    public static final String END_SIGNATORY_ANSWERED = "EndEvent_SignatoryAnswered";
    public static final String GATEWAY_DECLINED = "Gateway_Declined";
    public static final String TASK_NOTIFY_DECLINE = "Task_NotifyFacilitatorOfDecline";
    public static final String END_ALL_SIGNED = "EndEvent_AllSigned";
    public static final String END_DECLINED = "EndEvent_Declined";

    public static final String FORM_SIGN_PACT = "pact-signature";
    public static final String FORM_CONFIRM_SIGNED_COPY = "confirm-signed-copy";

    /** a reply to the signature request that carries a PDF, for the signatory's open task */
    public static final String MSG_SIGNED_COPY_RECEIVED = "Msg_SignedCopyReceived";
    /** the document the signed copy is, in the scope of one signatory */
    public static final String SIGNED_COPY_DOCUMENT_ID = "signedCopyDocumentId";
    /** the facilitator's verdict on the signed copy */
    public static final String SIGNED_COPY_CONFIRMED = "signedCopyConfirmed";
    /** why the facilitator rejected the signed copy, told to the signatory */
    public static final String SIGNED_COPY_REJECTION_REASON = "signedCopyRejectionReason";
    /** which review of a signed copy this is (the confirmation task's id): each rejection is told once */
    public static final String SIGNED_COPY_REVIEW_ID = "signedCopyReviewId";

    private PactSignatureProcess() {
    }
}
