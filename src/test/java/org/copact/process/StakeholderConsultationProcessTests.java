package org.copact.process;

import org.copact.process.consultation.StakeholderConsultationProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copact.TestRounds.stakeholder;

import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.copact.Mailbox;
import org.copact.consultation.ConsultationService;
import org.copact.identity.Caller;
import org.copact.mail.ImapSettings;
import org.copact.round.Round;
import org.copact.consultation.ConsultationStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class StakeholderConsultationProcessTests extends ProcessTestSupport {

    @Autowired
    StakeholderMails stakeholderMails;

    static final Map<String, Object> ANSWER = Map.of("priorities", "Panouri solare pe acoperișuri",
            "intendsToSign", "yes");

    @Autowired
    HistoryService history;
    @Autowired
    ConsultationService consultationAnswers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ImapSettings imap;

    @Autowired
    RoundReminders reminders;
    @Autowired
    org.copact.round.RoundChanges roundChanges;

    @Test
    void shouldInviteEveryParticipantAndWaitForTheirAnswers() {
        Round round = launch("Consultation waits", List.of(
                stakeholder("Primăria Măgurele", "Elena Dobre", "elena@magurele.example", "PUBLIC_AUTHORITY", "ro",
                        List.of("PARTICIPANT", "SIGNATORY")),
                stakeholder("Eco SRL", "Dan Pop", "dan@eco.example", "SME", "ro", List.of("PARTICIPANT")),
                stakeholder("Mentor BV", "Jan de Vries", "jan@mentor.example", "EXPERT", "en", List.of("MENTOR"))));
        UUID id = round.id();

        ProcessInstance main = mainProcess(id);
        assertThat(main).isWaitingAt(CoCreationRoundProcess.CALL_CONSULTATION);
        ProcessInstance consultation = subProcess(id, StakeholderConsultationProcess.KEY);
        // the invitations wait behind an asynchronous continuation, so a mail failure is retried
        assertThat(consultation).isWaitingAt(StakeholderConsultationProcess.TASK_SEND_INVITATION);

        runDueJobs(id);

        assertThat(consultation).isWaitingAt(StakeholderConsultationProcess.TASK_ANSWER_CONSULTATION);
        assertThat(mailsTo("elena@magurele.example")).isEqualTo(1);
        assertThat(mailsTo("dan@eco.example")).isEqualTo(1);
        assertThat(mailsTo("jan@mentor.example")).as("a mentor is not a participant").isZero();
        Map<String, Caller.Stakeholder> people = stakeholders(id);
        assertThat(tasks.openTaskKeys(people.get("elena@magurele.example")))
                .containsExactly(StakeholderConsultationProcess.TASK_ANSWER_CONSULTATION);
        assertThat(tasks.openTaskKeys(people.get("jan@mentor.example"))).isEmpty();
    }

    @Test
    void shouldEndTheStageWhenEveryoneHasAnswered() {
        Round round = launchElenaAndDan("Everyone answers", 2);
        UUID id = round.id();
        runDueJobs(id);
        ProcessInstance consultation = subProcess(id, StakeholderConsultationProcess.KEY);

        stakeholders(id).values().forEach(person -> tasks.submitOnly(person, ANSWER));

        assertThat(consultation).isEnded().hasPassed(StakeholderConsultationProcess.END_ALL_ANSWERED)
                .hasNotPassed(StakeholderConsultationProcess.TASK_MARK_NO_ANSWER);
        assertThat(mainProcess(id)).isWaitingAt(CoCreationRoundProcess.CALL_DRAFTING);
        assertThat(participations.ofRound(id))
                .allSatisfy(p -> assertThat(consultationService.statusOf(p.id())).isEqualTo(ConsultationStatus.ANSWERED));
    }

    @Test
    void shouldRemindOnlyThoseWhoHaveNotAnsweredAndKeepTheirTasksOpen() {
        Round round = launchElenaAndDan("Reminder", 3);
        UUID id = round.id();
        runDueJobs(id);
        tasks.submitOnly(stakeholders(id).get("elena3@magurele.example"), ANSWER);

        fireTimer(id, StakeholderConsultationProcess.TIMER_REMINDER);

        assertThat(mailsTo("dan3@eco.example")).as("invitation and reminder").isEqualTo(2);
        assertThat(mailsTo("elena3@magurele.example")).as("invitation only").isEqualTo(1);
        ProcessInstance consultation = subProcess(id, StakeholderConsultationProcess.KEY);
        assertThat(consultation).hasPassed(StakeholderConsultationProcess.TASK_SEND_REMINDERS)
                .isWaitingAt(StakeholderConsultationProcess.TASK_ANSWER_CONSULTATION);
        assertThat(tasks.openTaskIds(stakeholders(id).get("dan3@eco.example"))).hasSize(1);
    }

    @Test
    void shouldRemindThoseWhoHaveNotAnsweredAtEachPressOfRemindNowThroughTheModel() {
        Round round = launchElenaAndDan("Remind now", 5);
        UUID id = round.id();
        runDueJobs(id);
        Map<String, Caller.Stakeholder> people = stakeholders(id);
        tasks.submitOnly(people.get("elena5@magurele.example"), ANSWER);
        fireTimer(id, StakeholderConsultationProcess.TIMER_REMINDER);
        assertThat(mailsTo("dan5@eco.example")).as("invitation and the automatic reminder").isEqualTo(2);
        ProcessInstance consultation = subProcess(id, StakeholderConsultationProcess.KEY);

        reminders.remindNow(id);

        // the reminders of the press wait behind an asynchronous continuation, so a mail failure is retried
        assertThat(mailsTo("dan5@eco.example")).as("nothing sent by the press itself").isEqualTo(2);
        runDueJobs(id);
        assertThat(mailsTo("dan5@eco.example")).as("the automatic reminder does not swallow the press").isEqualTo(3);
        assertThat(mailsTo("elena5@magurele.example")).as("she answered: invitation only").isEqualTo(1);

        reminders.remindNow(id);
        runDueJobs(id);

        assertThat(mailsTo("dan5@eco.example")).as("each press is an occasion of its own").isEqualTo(4);
        assertThat(consultation).hasPassedInOrder(StakeholderConsultationProcess.TASK_SEND_REMINDERS_NOW,
                StakeholderConsultationProcess.END_REMINDERS_NOW_SENT)
                .isWaitingAt(StakeholderConsultationProcess.TASK_ANSWER_CONSULTATION);
        List<Object> presses = history.createHistoricVariableInstanceQuery().processInstanceId(consultation.getId())
                .variableName(ProcessVariables.REMINDER_PRESS_ID).list().stream()
                .map(org.camunda.bpm.engine.history.HistoricVariableInstance::getValue).toList();
        assertThat(presses).as("one press id each, in the scope of its press").hasSize(2).doesNotHaveDuplicates();
        stakeholderMails.remindNow(people.get("dan5@eco.example").participationId().toString(), (String) presses.get(0));
        assertThat(mailsTo("dan5@eco.example")).as("a step run again sends nothing twice").isEqualTo(4);
        assertThat(tasks.openTaskIds(people.get("dan5@eco.example"))).hasSize(1);
    }

    @Test
    void shouldMarkWhoDidNotAnswerAtTheDeadlineAndGoOn() {
        Round round = launchElenaAndDan("Deadline", 4);
        UUID id = round.id();
        runDueJobs(id);
        Map<String, Caller.Stakeholder> people = stakeholders(id);
        tasks.submitOnly(people.get("elena4@magurele.example"), ANSWER);
        ProcessInstance consultation = subProcess(id, StakeholderConsultationProcess.KEY);

        fireTimer(id, StakeholderConsultationProcess.TIMER_DEADLINE);

        assertThat(consultation).isEnded().hasPassedInOrder(StakeholderConsultationProcess.TIMER_DEADLINE,
                StakeholderConsultationProcess.TASK_MARK_NO_ANSWER, StakeholderConsultationProcess.TASK_SEND_DEADLINE_NOTICES,
                StakeholderConsultationProcess.END_DEADLINE_PASSED);
        assertThat(subjectsTo("dan4@eco.example")).as("invitation, then the deadline notice in Romanian")
                .hasSize(2).last().isEqualTo("Consultarea privind Deadline s-a încheiat");
        assertThat(subjectsTo("elena4@magurele.example")).as("she answered: invitation only").hasSize(1);
        stakeholderMails.noticeDeadline(people.get("dan4@eco.example").participationId().toString());
        assertThat(mailsTo("dan4@eco.example")).as("a step run again sends nothing twice").isEqualTo(2);
        assertThat(mainProcess(id)).isWaitingAt(CoCreationRoundProcess.CALL_DRAFTING);
        assertThat(consultationService.statusOf(people.get("dan4@eco.example").participationId()))
                .isEqualTo(ConsultationStatus.NO_ANSWER);
        assertThat(consultationService.statusOf(people.get("elena4@magurele.example").participationId()))
                .isEqualTo(ConsultationStatus.ANSWERED);
        assertThat(tasks.openTaskIds(people.get("dan4@eco.example"))).as("the late task is closed").isEmpty();
    }

    @Test
    void shouldRecordTheReplyThatReachedTheTaskThoughANewerOneCameBeforeItWasRecorded() throws Exception {
        String elena = "elena5-" + UUID.randomUUID() + "@magurele.example";
        Round round = launch("Two replies", List.of(stakeholder("Primăria Măgurele", "Elena Dobre", elena,
                "PUBLIC_AUTHORITY", "ro", List.of("PARTICIPANT", "SIGNATORY"))));
        UUID id = round.id();
        runDueJobs(id);
        MimeMessage invitation = new Mailbox(mail).to(elena).get(0);
        ProcessInstance consultation = subProcess(id, StakeholderConsultationProcess.KEY);

        replyTo(invitation, elena, "Susținem panourile solare pe școli.");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(consultation)
                .isWaitingAt(StakeholderConsultationProcess.TASK_RECORD_EMAILED_ANSWER));
        String thanks = replyTo(invitation, elena, "Mulțumim, o zi bună!");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from inbound_mail where message_id = ? and outcome = 'REPLY'", Long.class,
                thanks) == 1);
        runDueJobs(id);

        assertThat(consultationAnswers.answers(id)).as("the answer is the reply the process took, not the newest")
                .singleElement().satisfies(given -> assertThat(given.answers()).extractingByKey("emailedText")
                        .asString().startsWith("Susținem panourile solare pe școli.")
                        .doesNotContain("Mulțumim"));
    }

    /**
     * The invitation went out, and the step that makes the answer task waits behind other jobs (a
     * large round's launch, a node that died): the participant's reply by mail comes first. It finds
     * no task then; the step, when it runs, finds the reply and records it as the answer, instead of
     * opening a task for an answer already given.
     */
    @Test
    void shouldTakeAReplyThatCameBeforeTheAnswerTaskAsTheAnswer() throws Exception {
        String elena = "elena-early-" + UUID.randomUUID() + "@magurele.example";
        Round round = launch("A quick reply", List.of(stakeholder("Primăria Măgurele", "Elena Dobre", elena,
                "PUBLIC_AUTHORITY", "ro", List.of("PARTICIPANT", "SIGNATORY"))));
        UUID id = round.id();
        ProcessInstance consultation = subProcess(id, StakeholderConsultationProcess.KEY);
        management.executeJob(management.createJobQuery().processInstanceId(consultation.getId())
                .activityId(StakeholderConsultationProcess.TASK_SEND_INVITATION).singleResult().getId());
        MimeMessage invitation = new Mailbox(mail).to(elena).get(0);
        assertThat(management.createJobQuery().processInstanceId(consultation.getId())
                .activityId(StakeholderConsultationProcess.TASK_SEND_INVITATION).count())
                .as("the invitation is sent; the step that makes the answer task waits").isEqualTo(1);
        assertThat(tasks.openTaskKeys(stakeholders(id).get(elena))).isEmpty();

        String reply = replyTo(invitation, elena, "Susținem panourile solare pe școli.");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from inbound_mail where message_id = ? and outcome = 'REPLY'", Long.class,
                reply) == 1);
        assertThat(consultationAnswers.answers(id)).as("nothing could take the reply yet").isEmpty();
        runDueJobs(id);

        assertThat(consultation).hasPassed(StakeholderConsultationProcess.GATEWAY_REPLIED_EARLY,
                StakeholderConsultationProcess.TASK_RECORD_EMAILED_ANSWER)
                .hasNotPassed(StakeholderConsultationProcess.TASK_ANSWER_CONSULTATION);
        assertThat(consultationAnswers.answers(id)).as("the early reply is the answer").singleElement()
                .satisfies(given -> assertThat(given.answers()).extractingByKey("emailedText").asString()
                        .startsWith("Susținem panourile solare pe școli."));
        assertThat(tasks.openTaskKeys(stakeholders(id).get(elena))).as("no task asks again for the answer")
                .isEmpty();
    }

    /**
     * Sends a reply over SMTP to the Reply-To of Copact's mail, as a mail client does, delivered to
     * Copact's mailbox as the mail server of the reply domain does; returns its Message-ID.
     */
    private String replyTo(MimeMessage invitation, String from, String text) throws Exception {
        Properties smtp = new Properties();
        smtp.setProperty("mail.smtp.host", "127.0.0.1");
        smtp.setProperty("mail.smtp.port", String.valueOf(mail.getSmtp().getPort()));
        MimeMessage reply = new MimeMessage(Session.getInstance(smtp));
        reply.setFrom(new InternetAddress(from));
        reply.setRecipients(MimeMessage.RecipientType.TO, invitation.getReplyTo());
        reply.setSubject("Re: " + invitation.getSubject(), StandardCharsets.UTF_8.name());
        reply.setHeader("In-Reply-To", invitation.getMessageID());
        reply.setText(text, StandardCharsets.UTF_8.name());
        reply.saveChanges();
        Transport.send(reply, new Address[] {new InternetAddress(imap.username())});
        return reply.getMessageID();
    }

    @Test
    void shouldWithdrawThePartOfAParticipantRemovedFromTheRoundAndGoOnWithTheOthers() {
        Round round = launchElenaAndDan("Withdrawn", 6);
        UUID id = round.id();
        runDueJobs(id);
        Map<String, Caller.Stakeholder> people = stakeholders(id);
        Caller.Stakeholder dan = people.get("dan6@eco.example");
        ProcessInstance consultation = subProcess(id, StakeholderConsultationProcess.KEY);

        roundChanges.removeStakeholder(id, dan.participationId(), facilitator, Locale.ENGLISH);

        assertThat(consultation).hasPassed(StakeholderConsultationProcess.END_STAKEHOLDER_WITHDRAWN)
                .isWaitingAt(StakeholderConsultationProcess.TASK_ANSWER_CONSULTATION);
        assertThat(tasks.openTaskKeys(dan)).isEmpty();
        tasks.submitOnly(people.get("elena6@magurele.example"), ANSWER);
        assertThat(consultation).isEnded().hasPassed(StakeholderConsultationProcess.END_ALL_ANSWERED);
        assertThat(mainProcess(id)).isWaitingAt(CoCreationRoundProcess.CALL_DRAFTING);
    }

    @Test
    void shouldAskAParticipantAddedAfterTheLaunchInOneMoreInstanceOfTheConsultation() {
        Round round = launchElenaAndDan("Added", 7);
        UUID id = round.id();
        runDueJobs(id);
        ProcessInstance consultation = subProcess(id, StakeholderConsultationProcess.KEY);

        roundChanges.addStakeholder(id, stakeholder("Nou SRL", "Ion Nou", "ion7@nou.example", "SME", "ro",
                List.of("PARTICIPANT")), facilitator, Locale.ENGLISH);
        runDueJobs(id);

        assertThat(mailsTo("ion7@nou.example")).isEqualTo(1);
        Map<String, Caller.Stakeholder> people = stakeholders(id);
        assertThat(tasks.openTaskKeys(people.get("ion7@nou.example")))
                .containsExactly(StakeholderConsultationProcess.TASK_ANSWER_CONSULTATION);
        tasks.submitOnly(people.get("elena7@magurele.example"), ANSWER);
        tasks.submitOnly(people.get("dan7@eco.example"), ANSWER);
        assertThat(consultation).as("the one added is waited for too")
                .isWaitingAt(StakeholderConsultationProcess.TASK_ANSWER_CONSULTATION);
        tasks.submitOnly(people.get("ion7@nou.example"), ANSWER);
        assertThat(consultation).isEnded().hasPassed(StakeholderConsultationProcess.END_ALL_ANSWERED);
    }

    /** A round of a public authority that signs and an SME, both asked; {@code n} keeps their addresses apart. */
    private Round launchElenaAndDan(String title, int n) {
        return launch(title, List.of(
                stakeholder("Primăria Măgurele", "Elena Dobre", "elena" + n + "@magurele.example", "PUBLIC_AUTHORITY",
                        "ro", List.of("PARTICIPANT", "SIGNATORY")),
                stakeholder("Eco SRL", "Dan Pop", "dan" + n + "@eco.example", "SME", "ro", List.of("PARTICIPANT"))));
    }
}
