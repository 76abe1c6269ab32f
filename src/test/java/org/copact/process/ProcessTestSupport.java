package org.copact.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.icegreen.greenmail.util.GreenMail;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.copact.TestRounds;
import org.copact.identity.Caller;
import org.copact.identity.StaffAccounts;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.consultation.ConsultationService;
import org.copact.stakeholder.Participations;
import org.copact.tasks.TaskDriver;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;

/**
 * Process tests run the real models on the embedded PostgreSQL with the job executor off, so each
 * test decides when an asynchronous step or a timer runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        // its own engine name: the webapps and REST API of the HTTP tests' context look up "default"
        properties = {"camunda.bpm.job-execution.enabled=false", "camunda.bpm.process-engine-name=process-tests"})
@ActiveProfiles({"embedded", "test"})
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
abstract class ProcessTestSupport {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    RoundService rounds;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    Participations participations;
    @Autowired
    ConsultationService consultationService;
    @Autowired
    TaskDriver tasks;
    @Autowired
    GreenMail mail;

    Caller.Staff facilitator;

    /**
     * The engine assertions find their engine in a thread-local that {@code init} sets for this
     * thread only: an Awaitility condition, polled in a thread of its own, would fall back to whichever
     * engine the JVM registered (another test context's, with another database, which knows none of
     * this test's instances). The conditions of process tests are polled in the test's own thread.
     */
    @BeforeEach
    void initEngineAssertions() {
        init(engine);
        Awaitility.pollInSameThread();
        facilitator = TestRounds.newRegionWithFacilitator(accounts);
    }

    @AfterEach
    void otherTestsPollAsBefore() {
        Awaitility.reset();
    }

    Round launch(String title, List<org.copact.round.RoundDefinition.StakeholderInput> stakeholders) {
        Round round = rounds.define(TestRounds.round(title, stakeholders), facilitator);
        return rounds.launch(round.id(), facilitator);
    }

    ProcessInstance mainProcess(UUID roundId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(CoCreationRoundProcess.KEY)
                .processInstanceBusinessKey(roundId.toString()).singleResult();
    }

    ProcessInstance subProcess(UUID roundId, String key) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(key)
                .processInstanceBusinessKey(roundId.toString()).active().singleResult();
    }

    /** Runs every job of this round's processes that is due, until none is left (a step may make the next). */
    void runDueJobs(UUID roundId) {
        for (int pass = 0; pass < 100; pass++) {
            List<Job> due = management.createJobQuery().executable().list().stream()
                    .filter(job -> job.getProcessInstanceId() != null && belongsTo(job, roundId))
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("jobs kept coming after 100 passes");
    }

    /** Runs a timer now, whatever its due date: the test stands in for the passing of time. */
    void fireTimer(UUID roundId, String timerActivityId) {
        Job timer = management.createJobQuery().activityId(timerActivityId).timers().list().stream()
                .filter(job -> belongsTo(job, roundId)).findFirst()
                .orElseThrow(() -> new AssertionError("no timer " + timerActivityId + " for round " + roundId));
        management.executeJob(timer.getId());
        runDueJobs(roundId);
    }

    boolean belongsTo(Job job, UUID roundId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
                .singleResult();
        return instance != null && roundId.toString().equals(instance.getBusinessKey());
    }

    /** The round's participations by the contact's email, each acting as the stakeholder of its link. */
    java.util.Map<String, Caller.Stakeholder> stakeholders(UUID roundId) {
        return participations.ofRound(roundId).stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.contact().email(),
                        p -> new Caller.Stakeholder(p.id(), roundId)));
    }

    /** the mails of one kind (X-Copact-Kind) to this address */
    long mailsTo(String address, String kind) {
        return java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return kind.equals(m.getHeader("X-Copact-Kind", null))
                        && java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    /**
     * The values of a signature, with the one-time code the signatory asked for (for their only
     * open task) and read in the mail that reached their address.
     */
    java.util.Map<String, Object> withSigningCode(Caller.Stakeholder signatory, java.util.Map<String, Object> values) {
        List<String> open = tasks.openTaskIds(signatory);
        if (open.size() != 1) {
            throw new AssertionError("expected one open task for " + signatory + " but found " + open.size());
        }
        String address = participations.participation(signatory.participationId()).contact().email();
        org.copact.Mailbox mailbox = new org.copact.Mailbox(mail);
        int before = mailbox.signingCodeMailsTo(address).size();
        tasks.sendCode(open.get(0), signatory);
        java.util.Map<String, Object> withCode = new java.util.LinkedHashMap<>(values);
        withCode.put("code", mailbox.signingCodeTo(address, before + 1));
        return withCode;
    }

    long mailsTo(String address) {
        return java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    /** The subjects of the mails to this address, in the order they arrived. */
    List<String> subjectsTo(String address) {
        return java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
