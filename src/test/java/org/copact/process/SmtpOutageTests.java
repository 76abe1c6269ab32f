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
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.springframework.context.ApplicationContext copact;

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

    /**
     * The SMTP server took the invitation, and then the record that it went out never committed (a
     * crash, a database failure: here a trigger refuses it once). The retried step sends the very mail
     * again, with the same Message-ID and the same link, and no second link exists.
     */
    @Test
    void shouldSendTheSameInvitationWithTheSameLinkWhenTheServerTookItButItsRecordWasLost() throws Exception {
        // Copact's own role may not create triggers: the test plays the database's superuser for that
        org.springframework.jdbc.core.JdbcTemplate superuser = new org.springframework.jdbc.core.JdbcTemplate(
                org.copact.TestDatabase.superuser(copact));
        superuser.execute("create sequence lost_record_once");
        superuser.execute("grant usage on sequence lost_record_once to public");
        superuser.execute("""
                create function lose_record_once() returns trigger language plpgsql as $$
                begin
                    if nextval('lost_record_once') = 1 then
                        raise exception 'the record of this mail is lost';
                    end if;
                    return new;
                end $$""");
        superuser.execute("create trigger lose_record_once before insert on sent_mail for each row "
                + "when (new.to_address = 'lost@outage.example') execute function lose_record_once()");
        try {
            Round round = launch("Record lost", List.of(
                    stakeholder("Primăria Măgurele", "Elena Dobre", "lost@outage.example", "PUBLIC_AUTHORITY", "ro",
                            List.of("PARTICIPANT", "SIGNATORY")),
                    stakeholder("Eco SRL", "Dan Pop", "kept@outage.example", "SME", "ro", List.of("PARTICIPANT"))));
            int failures = 0;
            for (int pass = 0; pass < 50; pass++) {
                List<Job> due = management.createJobQuery().executable().list().stream()
                        .filter(job -> job.getProcessInstanceId() != null && belongsTo(job, round.id())).toList();
                if (due.isEmpty()) {
                    break;
                }
                for (Job job : due) {
                    try {
                        management.executeJob(job.getId());
                    } catch (RuntimeException e) {
                        failures++;
                    }
                }
            }
            assertThat(failures).as("the invitation step failed once, after the server took the mail").isEqualTo(1);
            assertThat(mailsTo("lost@outage.example")).isEqualTo(1);
            Job failed = management.createJobQuery().withException().list().stream()
                    .filter(job -> belongsTo(job, round.id())).findFirst().orElseThrow();
            management.executeJob(failed.getId());

            List<jakarta.mail.internet.MimeMessage> sent = new org.copact.Mailbox(mail).to("lost@outage.example");
            assertThat(sent).as("sent again").hasSize(2);
            assertThat(sent.get(1).getMessageID()).isEqualTo(sent.get(0).getMessageID());
            assertThat(linkIn(sent.get(1))).isEqualTo(linkIn(sent.get(0)));
            assertThat(jdbc.queryForObject("select count(*) from stakeholder_link l join sent_mail m "
                    + "on m.participation_id = l.participation_id where m.to_address = 'lost@outage.example'",
                    Integer.class)).as("one link for the one invitation").isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from mail_attempt where to_address = 'lost@outage.example'",
                    Integer.class)).as("the kept mail, and its link, deleted once it was recorded").isZero();
        } finally {
            superuser.execute("drop trigger lose_record_once on sent_mail");
            superuser.execute("drop function lose_record_once()");
            superuser.execute("drop sequence lost_record_once");
        }
    }

    private static String linkIn(jakarta.mail.internet.MimeMessage message) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/s/[A-Za-z0-9_-]{20,}")
                .matcher(org.copact.Mailbox.text(message));
        assertThat(link.find()).as("a personal link").isTrue();
        return link.group();
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
