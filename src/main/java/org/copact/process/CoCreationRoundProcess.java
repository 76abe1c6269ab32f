package org.copact.process;

/** {@code bpmn/co-creation-round.bpmn}: the round, stage after stage, until the pact is in force. */
public final class CoCreationRoundProcess {

    public static final String KEY = "co-creation-round";

    public static final String CALL_CONSULTATION = "CallActivity_Consultation";
    public static final String GATEWAY_DRAFTING_MERGE = "Gateway_DraftingMerge";
    public static final String CALL_DRAFTING = "CallActivity_Drafting";
    public static final String CALL_REVIEW = "CallActivity_Review";
    public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
    public static final String CALL_SIGNATURE = "CallActivity_Signature";
    public static final String GATEWAY_PACT_DECLINED = "Gateway_PactDeclined";
    public static final String TASK_PUT_PACT_IN_FORCE = "Task_PutPactInForce";
    /** Asynchronous: the signed pact rendered and sealed in a job of its own. */
    public static final String TASK_SEAL_PACT = "Task_SealPact";
    /** One asynchronous step per stakeholder of the round. */
    public static final String TASK_SEND_PACT_IN_FORCE_NOTICES = "Task_SendPactInForceNotices";
    public static final String END_PACT_SIGNED = "EndEvent_PactSigned";

    private CoCreationRoundProcess() {
    }
}
