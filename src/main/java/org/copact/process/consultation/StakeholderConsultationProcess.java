package org.copact.process.consultation;

/**
 * {@code bpmn/stakeholder-consultation.bpmn}: every participant invited and asked; a reminder
 * before the deadline; at the deadline those who did not answer are marked and told, and the round
 * goes on. A facilitator's "remind now" reminds, at any time of the consultation, those who have not
 * answered yet.
 */
public final class StakeholderConsultationProcess {

    public static final String KEY = "stakeholder-consultation";

    /** The multi-instance subprocess of one participant; a participant added after the launch gets one more instance. */
    public static final String SUBPROCESS_CONSULTATION = "SubProcess_Consultation";
    /** Withdraws one participant's part (removed from the round): to their scope's execution only. */
    public static final String MSG_STAKEHOLDER_WITHDRAWN = "Msg_StakeholderWithdrawn";
    public static final String END_STAKEHOLDER_WITHDRAWN = "EndEvent_StakeholderWithdrawn";
    public static final String TASK_SEND_INVITATION = "Task_SendInvitation";
    public static final String TASK_ANSWER_CONSULTATION = "Task_AnswerConsultation";
    /** Correlated to the answer task of one participant, by its local variable participationId. */
    public static final String MSG_STAKEHOLDER_REPLIED = "Msg_StakeholderReplied";
    /** Records the text of the reply that reached the answer task, asynchronously. */
    public static final String TASK_RECORD_EMAILED_ANSWER = "Task_RecordEmailedAnswer";
    /** Entered right after the invitation: a reply that came before the answer task goes to be recorded. */
    public static final String GATEWAY_REPLIED_EARLY = "Gateway_RepliedEarly";
    public static final String TIMER_REMINDER = "Timer_ConsultationReminder";
    public static final String TASK_SEND_REMINDERS = "Task_SendReminders";
    public static final String TIMER_DEADLINE = "Timer_ConsultationDeadline";
    public static final String TASK_MARK_NO_ANSWER = "Task_MarkNoAnswer";
    /** One asynchronous step per participant marked as not having answered. */
    public static final String TASK_SEND_DEADLINE_NOTICES = "Task_SendDeadlineNotices";
    public static final String END_ALL_ANSWERED = "EndEvent_AllAnswered";
    public static final String END_DEADLINE_PASSED = "EndEvent_DeadlinePassed";
    /** The facilitator's "remind now", to the round's consultation by business key, with the press's id. */
    public static final String MSG_REMIND_NOW = "Msg_RemindNow";
    /** One asynchronous step per participant who has not answered, for one press. */
    public static final String TASK_SEND_REMINDERS_NOW = "Task_SendRemindersNow";
    public static final String END_REMINDERS_NOW_SENT = "EndEvent_RemindersNowSent";

    private StakeholderConsultationProcess() {
    }
}
