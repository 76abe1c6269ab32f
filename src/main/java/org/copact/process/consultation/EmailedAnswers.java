package org.copact.process.consultation;

import org.copact.process.ProcessVariables;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.copact.consultation.ConsultationService;
import org.copact.mail.InboundMails;
import org.copact.mail.MailEvents.ReplyReceived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reply by email to the consultation counts as the participant's answer. The reply is told to
 * the process in the transaction that recorded it, so a failed correlation leaves the message in
 * the inbox to be taken again; recording the answer is an asynchronous step of the model.
 */
@Component("emailedAnswers")
public class EmailedAnswers {

    /** The field of the consultation answer that holds an emailed reply, as the stakeholder wrote it. */
    static final String EMAILED_TEXT = "emailedText";
    private static final Logger log = LoggerFactory.getLogger(EmailedAnswers.class);

    private final RuntimeService runtime;
    private final InboundMails inbound;
    private final ConsultationService consultation;

    EmailedAnswers(RuntimeService runtime, InboundMails inbound, ConsultationService consultation) {
        this.runtime = runtime;
        this.inbound = inbound;
        this.consultation = consultation;
    }

    @EventListener
    void on(ReplyReceived reply) {
        int correlated = runtime.createMessageCorrelation(StakeholderConsultationProcess.MSG_STAKEHOLDER_REPLIED)
                .processInstanceBusinessKey(reply.roundId().toString())
                .localVariableEquals(ProcessVariables.PARTICIPATION_ID, reply.participationId().toString())
                .correlateAllWithResult().size();
        // a reply after the answer, or outside the consultation, is kept on record and changes no step
        log.info("Reply of participation {} reached {} answer task(s)", reply.participationId(), correlated);
    }

    @Transactional
    public void record(String participationId) {
        UUID participation = UUID.fromString(participationId);
        String text = inbound.latestReplyText(participation).orElse("");
        consultation.record(participation, Map.of(EMAILED_TEXT, text), ConsultationService.CHANNEL_EMAIL);
    }
}
