package org.copact.process.accession;

/**
 * {@code bpmn/pact-accession.bpmn}: an organisation accedes to a pact in force. A facilitator invites
 * it; it reads the pact in force and drafts its own commitment sheet; a facilitator accepts the sheet
 * or asks for changes (the organisation is told why and drafts again); accepted, it signs the version
 * in force with a one-time code; the next edition of the signed pact is sealed with it among the
 * signatories, and the organisation and the facilitators are told. One instance per accession.
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

    private AccessionProcess() {
    }
}
