package org.copact.process.signature;

/**
 * {@code bpmn/pact-signature.bpmn}: each signatory signs or declines the final version; the first
 * decline ends the signature and sends the pact back to drafting. A signed PDF emailed in reply to
 * the request interrupts the signatory's task; a facilitator confirms it (the signature) or rejects
 * it (the signatory is asked again).
 */
public final class PactSignatureProcess {

    public static final String KEY = "pact-signature";

    /** The multi-instance subprocess of one signatory; a signatory added during the signature gets one more instance. */
    public static final String SUBPROCESS_SIGNATURE = "SubProcess_Signature";
    public static final String TASK_SIGN_PACT = "Task_SignPact";
    public static final String TASK_CONFIRM_SIGNED_COPY = "Task_ConfirmSignedCopy";
    public static final String GATEWAY_SIGNED_COPY_CONFIRMED = "Gateway_SignedCopyConfirmed";
    public static final String END_SIGNED_BY_COPY = "EndEvent_SignedByCopy";
    public static final String END_SIGNATORY_ANSWERED = "EndEvent_SignatoryAnswered";
    public static final String GATEWAY_DECLINED = "Gateway_Declined";
    public static final String TASK_NOTIFY_DECLINE = "Task_NotifyFacilitatorOfDecline";
    public static final String END_ALL_SIGNED = "EndEvent_AllSigned";
    public static final String END_DECLINED = "EndEvent_Declined";

    /** a reply to the signature request that carries a PDF, for the signatory's open task */
    public static final String MSG_SIGNED_COPY_RECEIVED = "Msg_SignedCopyReceived";

    private PactSignatureProcess() {
    }
}
