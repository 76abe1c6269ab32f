package org.copact.process;

import org.copact.process.consultation.StakeholderConsultationProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copact.TestRounds.stakeholder;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.copact.identity.Caller;
import org.copact.mail.MailOutbox;
import org.copact.mail.OutgoingMail;
import org.copact.round.Round;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SMTP server goes away during a round: the mail steps are retried, then wait as incidents
 * that a person retries from Cockpit; once the server is back, every mail arrives exactly once.
 * The server keeps one port here, so that it can be stopped and started again where Copact looks.
 */
class SmtpOutageTests extends ProcessTestSupport {

    @Autowired
    MailOutbox outbox;
    @Autowired
    PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void fixedSmtpPort(DynamicPropertyRegistry registry) throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            registry.add("copact.embedded.mail.smtp-port", free::getLocalPort);
        }
    }

    @AfterEach
    void serverBack() {
        if (mail.getSmtp() == null || !mail.getSmtp().isRunning()) {
            mail.start();
        }
    }

    @Test
    void shouldRetryThenRaiseAnIncidentAndDeliverEachReminderOnceWhenTheServerIsBack() {
        Round round = launch("SMTP outage", List.of(
                stakeholder("Primăria Măgurele", "Elena Dobre", "elena@outage.example", "PUBLIC_AUTHORITY", "ro",
                        List.of("PARTICIPANT", "SIGNATORY")),
                stakeholder("Eco SRL", "Dan Pop", "dan@outage.example", "SME", "ro", List.of("PARTICIPANT")),
                stakeholder("Θεσσαλονίκη Green Lab", "Νίκος Παπαδόπουλος", "nikos@outage.example", "NGO", "el",
                        List.of("PARTICIPANT"))));
        UUID id = round.id();
        runDueJobs(id);
        assertThat(List.of(mailsTo("elena@outage.example"), mailsTo("dan@outage.example"),
                mailsTo("nikos@outage.example"))).as("one invitation each").containsExactly(1L, 1L, 1L);
        Map<String, Caller.Stakeholder> people = stakeholders(id);
        tasks.submitOnly(people.get("elena@outage.example"), StakeholderConsultationProcessTests.ANSWER);

        mail.stop(); // the restarted server starts with an empty store: what it holds afterwards came after
        Job timer = timer(id);
        management.executeJob(timer.getId());
        // the reminders step starts behind its own asynchronous continuation, then one job per participant
        management.createJobQuery().processInstanceId(timer.getProcessInstanceId()).executable().list()
                .forEach(job -> management.executeJob(job.getId()));
        List<Job> reminders = reminderJobs(id);
        assertThat(reminders).as("one step per participant who has not answered").hasSize(2);
        for (Job reminder : reminders) {
            int attempts = failUntilIncident(reminder);
            assertThat(attempts).as("tried, then retried").isGreaterThan(1);
        }
        List<Incident> incidents = runtime.createIncidentQuery()
                .activityId(StakeholderConsultationProcess.TASK_SEND_REMINDERS).list().stream()
                .filter(incident -> reminders.stream().anyMatch(job -> job.getId().equals(incident.getConfiguration())))
                .toList();
        assertThat(incidents).as("an incident per reminder, for a person to retry").hasSize(2);

        mail.start();
        // what Cockpit's "retry" does: give the job a retry; the job executor (here the test) runs it
        reminders.forEach(job -> management.setJobRetries(job.getId(), 1));
        reminders.forEach(job -> management.executeJob(job.getId()));
        runDueJobs(id);

        assertThat(runtime.createIncidentQuery().processInstanceId(reminders.get(0).getProcessInstanceId()).count())
                .isZero();
        assertThat(mailsTo("dan@outage.example")).as("the reminder, once").isEqualTo(1);
        assertThat(mailsTo("nikos@outage.example")).as("the reminder, once").isEqualTo(1);
        assertThat(mailsTo("elena@outage.example")).as("she answered").isZero();
    }

    @Test
    void shouldNotSendAMailAgainWhenTheStepThatSentItRollsBack() throws Exception {
        String key = "test/" + UUID.randomUUID();
        OutgoingMail notice = OutgoingMail.toStaff(key, "rollback@copact.test", "Ana Ionescu", "Notă", "Text", "test",
                null, null);
        TransactionTemplate step = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> step.executeWithoutResult(status -> {
            outbox.send(notice);
            throw new IllegalStateException("a later part of the same step fails");
        })).isInstanceOf(IllegalStateException.class);
        String retried = step.execute(status -> outbox.send(notice));

        assertThat(mailsTo("rollback@copact.test")).isEqualTo(1);
        assertThat(retried).isEqualTo(new org.copact.Mailbox(mail).to("rollback@copact.test").get(0).getMessageID());
    }

    private Job timer(UUID roundId) {
        return management.createJobQuery().activityId(StakeholderConsultationProcess.TIMER_REMINDER).timers().list()
                .stream().filter(job -> roundId.toString().equals(businessKey(job))).findFirst().orElseThrow();
    }

    private List<Job> reminderJobs(UUID roundId) {
        return management.createJobQuery().activityId(StakeholderConsultationProcess.TASK_SEND_REMINDERS).list()
                .stream().filter(job -> roundId.toString().equals(businessKey(job))).toList();
    }

    private String businessKey(Job job) {
        return runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId()).singleResult()
                .getBusinessKey();
    }

    /** Runs a job whose due date the retry cycle pushed into the future, until its retries are spent. */
    private int failUntilIncident(Job job) {
        int attempts = 0;
        while (management.createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0) {
            attempts++;
            assertThatThrownBy(() -> management.executeJob(job.getId())).as("attempt %d", attempts);
        }
        return attempts;
    }
}
