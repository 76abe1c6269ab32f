package org.copact.process.signature;

/**
 * {@code bpmn/pact-signature.bpmn}: the signatories sign or decline the final version, stage after
 * stage of the round's signing rule (the groups of ORDERED_GROUPS one after another, else one stage),
 * each stage a parallel request to its signatories that ends as soon as its rule is met (the
 * requests still open are withdrawn) or can no longer be met. A decline that leaves the rule
 * possible goes to a facilitator: continue without them, or reopen drafting. A reminder goes before
 * the deadline; at the deadline a facilitator extends it or reopens drafting, unless the rule is met.
 * A signed PDF emailed in reply to the request interrupts the signatory's task; a facilitator
 * confirms it (the signature) or rejects it (the signatory is asked again).
 */
public final class PactSignatureProcess {

    public static final String KEY = "pact-signature";

    public static final String GATEWAY_SIGNATURE_OPENED = "Gateway_SignatureOpened";
    public static final String SUBPROCESS_STAGES = "SubProcess_SignatureStages";
    public static final String SUBPROCESS_STAGE = "SubProcess_SignatureStage";
    public static final String SUBPROCESS_SIGNATORY = "SubProcess_Signature";
    public static final String TASK_SEND_SIGNATURE_REQUEST = "Task_SendSignatureRequest";
    public static final String TASK_SIGN_PACT = "Task_SignPact";
    /**
     * Withdraws one signatory's part (removed from the round): to their scope's execution only; the
     * stage's rule is then counted without them.
     */
    public static final String MSG_SIGNATORY_WITHDRAWN = "Msg_SignatoryWithdrawn";
    public static final String END_SIGNATORY_WITHDRAWN = "EndEvent_SignatoryWithdrawn";
    public static final String GATEWAY_SIGNATORY_DECLINED = "Gateway_SignatoryDeclined";
    public static final String GATEWAY_RULE_STILL_POSSIBLE = "Gateway_RuleStillPossible";
    public static final String TASK_DECIDE_ON_DECLINE = "Task_DecideOnDecline";
    public static final String GATEWAY_DECLINE_DECISION = "Gateway_DeclineDecision";
    public static final String END_CONTINUED_WITHOUT = "EndEvent_ContinuedWithout";
    public static final String END_DRAFTING_REOPENED = "EndEvent_DraftingReopened";
    public static final String END_DECLINE_ENDS_STAGE = "EndEvent_DeclineEndsStage";
    public static final String TASK_CONFIRM_SIGNED_COPY = "Task_ConfirmSignedCopy";
    public static final String GATEWAY_SIGNED_COPY_CONFIRMED = "Gateway_SignedCopyConfirmed";
    public static final String END_SIGNED_BY_COPY = "EndEvent_SignedByCopy";
    public static final String END_SIGNATORY_ANSWERED = "EndEvent_SignatoryAnswered";
    public static final String TASK_SEND_WITHDRAWAL_NOTICES = "Task_SendWithdrawalNotices";
    public static final String TIMER_SIGNATURE_REMINDER = "Timer_SignatureReminder";
    public static final String TASK_SEND_SIGNATURE_REMINDERS = "Task_SendSignatureReminders";
    public static final String TIMER_SIGNATURE_DEADLINE = "Timer_SignatureDeadline";
    public static final String GATEWAY_RULE_MET_AT_DEADLINE = "Gateway_RuleMetAtDeadline";
    public static final String END_MET_AT_DEADLINE = "EndEvent_MetAtDeadline";
    public static final String TASK_DECIDE_ON_SIGNATURE_DEADLINE = "Task_DecideOnSignatureDeadline";
    public static final String GATEWAY_DEADLINE_DECISION = "Gateway_DeadlineDecision";
    public static final String TASK_SEND_EXTENSION_NOTICES = "Task_SendExtensionNotices";
    public static final String GATEWAY_RULE_MET = "Gateway_RuleMet";
    public static final String END_RULE_MET = "EndEvent_RuleMet";
    public static final String GATEWAY_BACK_TO_DRAFTING = "Gateway_BackToDrafting";
    public static final String TASK_NOTIFY_DECLINE = "Task_NotifyFacilitatorOfDecline";
    public static final String TASK_SEND_VERSION_WITHDRAWN_NOTICES = "Task_SendVersionWithdrawnNotices";
    public static final String END_DECLINED = "EndEvent_Declined";

    /** a reply to the signature request that carries a PDF, for the signatory's open task */
    public static final String MSG_SIGNED_COPY_RECEIVED = "Msg_SignedCopyReceived";

    private PactSignatureProcess() {
    }
}
