package org.copact.process.consultation;

/**
 * {@code bpmn/stakeholder-consultation.bpmn}: every participant invited and asked; a reminder
 * before the deadline; at the deadline those who did not answer are marked and told, and the round
 * goes on.
 */
public final class StakeholderConsultationProcess {

    public static final String KEY = "stakeholder-consultation";

    public static final String SUBPROCESS_CONSULTATION = "SubProcess_Consultation";
    public static final String TASK_SEND_INVITATION = "Task_SendInvitation";
    public static final String TASK_ANSWER_CONSULTATION = "Task_AnswerConsultation";
    public static final String EVENT_REPLIED_BY_EMAIL = "Event_StakeholderRepliedByEmail";
    public static final String TASK_RECORD_EMAILED_ANSWER = "Task_RecordEmailedAnswer";
    public static final String END_ANSWERED_BY_EMAIL = "EndEvent_AnsweredByEmail";
    /** Correlated to the answer task of one participant, by its local variable participationId. */
    public static final String MSG_STAKEHOLDER_REPLIED = "Msg_StakeholderReplied";
    /**
     * The inbound mail whose reply reached a participant's answer task, set on the scope the
     * boundary event continues in: the answer recorded is that mail's text, whatever came after it.
     */
    public static final String EMAILED_REPLY_ID = "emailedReplyId";
    public static final String TIMER_REMINDER = "Timer_ConsultationReminder";
    public static final String TASK_SEND_REMINDERS = "Task_SendReminders";
    public static final String TIMER_DEADLINE = "Timer_ConsultationDeadline";
    public static final String TASK_MARK_NO_ANSWER = "Task_MarkNoAnswer";
    /** One asynchronous step per participant marked as not having answered. */
    public static final String TASK_SEND_DEADLINE_NOTICES = "Task_SendDeadlineNotices";
    public static final String END_ALL_ANSWERED = "EndEvent_AllAnswered";
    public static final String END_DEADLINE_PASSED = "EndEvent_DeadlinePassed";

    public static final String FORM_ANSWER_CONSULTATION = "consultation-answer";

    private StakeholderConsultationProcess() {
    }
}
