package org.copact.process.accession;

/**
 * {@code bpmn/pact-accession.bpmn}: an organisation accedes to a pact in force. A facilitator invites
 * it; it reads the pact in force and drafts its own commitment sheet; a facilitator accepts the sheet
 * or asks for changes (the organisation is told why and drafts again); accepted, it signs the version
 * in force with a one-time code; the next edition of the signed pact is sealed with it among the
 * signatories, and the organisation and the facilitators are told. One instance per accession.
 * It may end unsigned: the facilitator refuses the sheet ({@code Error_SheetRefused}) or cancels the
 * invitation ({@code Msg_AccessionCancelled}), or its due date passes ({@code Timer_AccessionDue}),
 * the organisation reminded before ({@code Timer_AccessionReminder}); each time the organisation is told.
 */
public final class AccessionProcess {

    public static final String KEY = "pact-accession";

    public static final String START_ACCESSION_INVITED = "StartEvent_AccessionInvited";
    public static final String TASK_SEND_ACCESSION_INVITATION = "Task_SendAccessionInvitation";
    public static final String TASK_DRAFT_COMMITMENT_SHEET = "Task_DraftCommitmentSheet";
    public static final String TASK_REVIEW_COMMITMENT_SHEET = "Task_ReviewCommitmentSheet";
    public static final String GATEWAY_SHEET_ACCEPTED = "Gateway_SheetAccepted";
    public static final String TASK_SEND_CHANGES_REQUEST = "Task_SendChangesRequest";
    public static final String TASK_SIGN_ACCESSION = "Task_SignAccession";
    public static final String TASK_SEAL_EDITION = "Task_SealEdition";
    public static final String TASK_SEND_ACCESSION_NOTICES = "Task_SendAccessionNotices";
    public static final String END_ACCEDED = "EndEvent_Acceded";
    public static final String SUBPROCESS_ACCESSION = "SubProcess_Accession";
    public static final String START_ACCESSION = "StartEvent_Accession";
    public static final String END_SHEET_SIGNED = "EndEvent_SheetSigned";
    public static final String END_SHEET_REFUSED = "EndEvent_SheetRefused";
    public static final String ERROR_SHEET_REFUSED = "Error_SheetRefused";
    public static final String BOUNDARY_SHEET_REFUSED = "Boundary_SheetRefused";
    public static final String TASK_SEND_REFUSAL = "Task_SendRefusal";
    public static final String END_REFUSED = "EndEvent_Refused";
    public static final String MSG_ACCESSION_CANCELLED = "Msg_AccessionCancelled";
    public static final String BOUNDARY_ACCESSION_CANCELLED = "Boundary_AccessionCancelled";
    public static final String TASK_SEND_CANCELLATION = "Task_SendCancellation";
    public static final String END_CANCELLED = "EndEvent_Cancelled";
    public static final String TIMER_ACCESSION_REMINDER = "Timer_AccessionReminder";
    public static final String TASK_SEND_ACCESSION_REMINDER = "Task_SendAccessionReminder";
    public static final String END_REMINDED = "EndEvent_Reminded";
    public static final String TIMER_ACCESSION_DUE = "Timer_AccessionDue";
    public static final String TASK_LAPSE_ACCESSION = "Task_LapseAccession";
    public static final String END_LAPSED = "EndEvent_Lapsed";

    private AccessionProcess() {
    }
}
