package org.copact.process;

/**
 * {@code bpmn/pact-signature.bpmn}: each signatory signs or declines the final version; the first
 * decline ends the signature and sends the pact back to drafting.
 */
public final class PactSignatureProcess {

    public static final String KEY = "pact-signature";

    public static final String SUBPROCESS_SIGNATURE = "SubProcess_Signature";
    public static final String TASK_SEND_SIGNATURE_REQUEST = "Task_SendSignatureRequest";
    public static final String TASK_SIGN_PACT = "Task_SignPact";
    public static final String GATEWAY_DECLINED = "Gateway_Declined";
    public static final String TASK_NOTIFY_DECLINE = "Task_NotifyFacilitatorOfDecline";
    public static final String END_ALL_SIGNED = "EndEvent_AllSigned";
    public static final String END_DECLINED = "EndEvent_Declined";

    public static final String FORM_SIGN_PACT = "pact-signature";

    private PactSignatureProcess() {
    }
}
