package org.copact.process;

/**
 * {@code bpmn/stakeholder-consultation.bpmn}: every participant invited and asked; a reminder
 * before the deadline; at the deadline those who did not answer are marked and the round goes on.
 */
public final class StakeholderConsultationProcess {

    public static final String KEY = "stakeholder-consultation";

    public static final String SUBPROCESS_CONSULTATION = "SubProcess_Consultation";
    public static final String TASK_SEND_INVITATION = "Task_SendInvitation";
    public static final String TASK_ANSWER_CONSULTATION = "Task_AnswerConsultation";
    public static final String TIMER_REMINDER = "Timer_ConsultationReminder";
    public static final String TASK_SEND_REMINDERS = "Task_SendReminders";
    public static final String TIMER_DEADLINE = "Timer_ConsultationDeadline";
    public static final String TASK_MARK_NO_ANSWER = "Task_MarkNoAnswer";
    public static final String END_ALL_ANSWERED = "EndEvent_AllAnswered";
    public static final String END_DEADLINE_PASSED = "EndEvent_DeadlinePassed";

    public static final String FORM_ANSWER_CONSULTATION = "consultation-answer";

    private StakeholderConsultationProcess() {
    }
}
