package org.copact.process;

import org.copact.tasks.TaskVariables;

/**
 * The names of the process variables. Variables hold ids and dates, never entities: what a
 * round, a stakeholder or a pact version is lives in Copact's tables.
 */
public final class ProcessVariables {

    /** the round's id, also the business key of every process of the round */
    public static final String ROUND_ID = TaskVariables.ROUND_ID;
    /** the participation whose task this is, inside a multi-instance of stakeholders */
    public static final String PARTICIPATION_ID = TaskVariables.PARTICIPATION_ID;
    public static final String CONSULTATION_DEADLINE = "consultationDeadline";
    public static final String REMINDER_AT = "reminderAt";
    /** the review deadline (a date), mapped into pact-review by the round's process as the review starts */
    public static final String REVIEW_DEADLINE = "reviewDeadline";
    /** when the reviewers who have not reviewed are reminded (a date) */
    public static final String REVIEW_REMINDER_AT = "reviewReminderAt";
    /** the candidate group of the facilitators of the round's region */
    public static final String FACILITATOR_GROUP = "facilitatorGroup";
    /** the pact version being reviewed or signed */
    public static final String PACT_VERSION_ID = TaskVariables.PACT_VERSION_ID;
    /**
     * the facilitator's decision after a review: true to revise the pact (a new version, reviewed
     * again), false to put this version to signature
     */
    public static final String PACT_TO_BE_REVISED = "pactToBeRevised";
    /** true as soon as one signatory declined the version put to signature */
    public static final String PACT_DECLINED = "pactDeclined";
    /**
     * when the signature closes: the due date of the signature tasks and of {@code Timer_SignatureDeadline};
     * the round's signature deadline at first, a later date once a facilitator extends it
     */
    public static final String SIGNATURE_DEADLINE = "signatureDeadline";
    /** when those who have not signed are reminded: the date of {@code Timer_SignatureReminder} */
    public static final String SIGNATURE_REMINDER_AT = "signatureReminderAt";
    /** which stage of the signing rule is asked (a group of ORDERED_GROUPS, else the only one), from 0 */
    public static final String SIGNATURE_STAGE = "signatureStage";
    /** true once a facilitator chose to reopen drafting, after a decline or at the signature deadline */
    public static final String SIGNATURE_REOPENED = "signatureReopened";
    /** in the scope of one signatory: whether they declined (their signature task's answer) */
    public static final String SIGNATORY_DECLINED = "signatoryDeclined";
    /** the document the signed copy is, in the scope of one signatory */
    public static final String SIGNED_COPY_DOCUMENT_ID = "signedCopyDocumentId";
    /** the facilitator's verdict on the signed copy */
    public static final String SIGNED_COPY_CONFIRMED = "signedCopyConfirmed";
    /** why the facilitator rejected the signed copy, told to the signatory */
    public static final String SIGNED_COPY_REJECTION_REASON = "signedCopyRejectionReason";
    /** which review of a signed copy this is (the confirmation task's id): each rejection is told once */
    public static final String SIGNED_COPY_REVIEW_ID = "signedCopyReviewId";
    /**
     * which press of the facilitator's "remind now" this is, in the scope it triggered: each press
     * is an occasion of its own, so an automatic reminder sent earlier does not swallow it
     */
    public static final String REMINDER_PRESS_ID = "reminderPressId";
    /**
     * The inbound mail whose reply reached a participant's answer task, set on the scope the
     * boundary event continues in: the answer recorded is that mail's text, whatever came after it.
     */
    public static final String EMAILED_REPLY_ID = "emailedReplyId";

    /** the accession an instance of pact-accession runs (see {@code signing.Accessions}) */
    public static final String ACCESSION_ID = "accessionId";
    /** the facilitator's verdict on an acceding organisation's commitment sheet: true accepts it */
    public static final String ACCESSION_SHEET_ACCEPTED = "accessionSheetAccepted";
    /** which review of the sheet this is (the review task's id): each request for changes is mailed once */
    public static final String ACCESSION_REVIEW_ID = "accessionReviewId";
    /** the facilitator refused the acceding organisation's sheet: the accession ends unsigned */
    public static final String ACCESSION_SHEET_REFUSED = "accessionSheetRefused";
    /** when the invitation to accede lapses unsigned: {@code Timer_AccessionDue} and the organisation's tasks' due date */
    public static final String ACCESSION_DUE_AT = "accessionDueAt";
    /** when the acceding organisation is reminded: {@code Timer_AccessionReminder} */
    public static final String ACCESSION_REMINDER_AT = "accessionReminderAt";

    private ProcessVariables() {
    }

    public static String facilitatorGroup(String regionId) {
        return TaskVariables.facilitatorGroup(regionId);
    }
}
