package org.copact.process.consultation;

import org.copact.process.ProcessVariables;
import org.copact.process.StakeholderMails;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.copact.common.AdvisoryLocks;
import org.copact.common.NotFoundException;
import org.copact.consultation.ConsultationAnswer;
import org.copact.consultation.ConsultationService;
import org.copact.mail.MailEvents.ReplyReceived;
import org.copact.mail.Replies;
import org.copact.mail.ReplyText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reply by email to the consultation counts as the participant's answer; recording it is an
 * asynchronous step of the model, which records the text of the very reply that reached the task.
 */
@Component("emailedAnswers")
public class EmailedAnswers {

    /** The field of the consultation answer that holds what the stakeholder wrote in their reply. */
    static final String EMAILED_TEXT = ConsultationAnswer.EMAILED_TEXT;
    /** The field that names the whole mail (quote and signature included), kept as it came. */
    static final String EMAILED_MAIL_ID = ConsultationAnswer.EMAILED_MAIL_ID;
    private static final Logger log = LoggerFactory.getLogger(EmailedAnswers.class);

    /** The lock a reply takes to reach its answer task, and the step that makes the task to look for one. */
    private static final String REPLY_LOCK = "consultation-reply";

    private final RuntimeService runtime;
    private final Replies replies;
    private final ConsultationService consultation;
    private final JdbcTemplate jdbc;

    EmailedAnswers(RuntimeService runtime, Replies replies, ConsultationService consultation, JdbcTemplate jdbc) {
        this.runtime = runtime;
        this.replies = replies;
        this.consultation = consultation;
        this.jdbc = jdbc;
    }

    /**
     * Synchronous, in the transaction that recorded the reply: a failed correlation rolls the
     * recording back and leaves the message in the inbox to be taken again. The reply's id goes to
     * the scope the boundary event continues in. A reply that finds no task because the step making
     * it has not run yet is found by that step ({@link #lookForEarlyReply}): both hold the same lock.
     */
    @EventListener
    void on(ReplyReceived reply) {
        AdvisoryLocks.lock(jdbc, REPLY_LOCK, reply.participationId());
        int correlated = runtime.createMessageCorrelation(StakeholderConsultationProcess.MSG_STAKEHOLDER_REPLIED)
                .processInstanceBusinessKey(reply.roundId().toString())
                .localVariableEquals(ProcessVariables.PARTICIPATION_ID, reply.participationId().toString())
                .setVariableToTriggeredScope(ProcessVariables.EMAILED_REPLY_ID,
                        reply.inboundMailId().toString())
                .correlateAllWithResult().size();
        // a reply after the answer, or outside the consultation, is kept on record and changes no step
        log.info("Reply of participation {} reached {} answer task(s)", reply.participationId(), correlated);
    }

    /**
     * On the way to the answer task, right after the invitation went out: the participant's first
     * reply already on record, if one came before the task existed, goes to {@code emailedReplyId} of
     * this participant's scope (null if none), and the gateway then records it as the answer.
     */
    public void lookForEarlyReply(DelegateExecution execution) {
        UUID participation = UUID.fromString((String) execution.getVariable(ProcessVariables.PARTICIPATION_ID));
        AdvisoryLocks.lock(jdbc, REPLY_LOCK, participation);
        String early = replies.firstSince(participation, StakeholderMails.INVITATION).map(UUID::toString).orElse(null);
        if (early != null) {
            log.info("Reply {} of participation {} came before its answer task: it is the answer", early,
                    participation);
        }
        execution.setVariableLocal(ProcessVariables.EMAILED_REPLY_ID, early);
    }

    /**
     * Records, as the participant's answer, what they wrote in the reply that reached the task: not
     * the original their mail client quoted, nor their signature. The whole mail stays on record, named
     * by the answer.
     */
    @Transactional
    public void record(String participationId, String emailedReplyId) {
        UUID participation = UUID.fromString(participationId);
        String text = replies.text(UUID.fromString(emailedReplyId), participation)
                .orElseThrow(() -> new NotFoundException("No reply " + emailedReplyId + " of " + participationId));
        consultation.record(participation, Map.of(EMAILED_TEXT, ReplyText.of(text).answer(),
                EMAILED_MAIL_ID, emailedReplyId), ConsultationService.CHANNEL_EMAIL);
    }
}
