package org.copact;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.copact.identity.Caller;
import org.copact.identity.StaffAccounts;
import org.copact.process.ProcessVariables;
import org.copact.round.Round;
import org.copact.round.RoundDefinition;
import org.copact.round.RoundService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Copact as its users reach it: over HTTP on a free port, with the job executor running, the
 * embedded PostgreSQL and the embedded mail server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"embedded", "test"})
public abstract class HttpTestSupport {

    @LocalServerPort
    protected int port;
    @Autowired
    protected StaffAccounts accounts;
    @Autowired
    protected GreenMail mailServer;
    @Autowired
    private RepositoryService testRepository;
    @Autowired
    private RuntimeService testRuntime;
    @Autowired
    private RoundService testRounds;
    @Autowired
    private ProcessEngine testEngine;
    @Autowired
    private org.springframework.context.ApplicationContext testContext;

    protected Caller.Staff facilitator;
    protected HttpSession facilitatorSession;
    protected Mailbox mailbox;

    /**
     * The engine REST API and the webapps find their engine by name in Camunda's JVM-wide registry,
     * where every cached test context registered its own engine as {@code default}, the last one
     * winning: this test's context must be the one they reach, as in a running Copact.
     */
    @BeforeEach
    void thisContextsEngineForTheEngineApiAndWebapps() {
        ProcessEngines.registerProcessEngine(testEngine);
    }

    @BeforeEach
    void newRegion() {
        facilitator = TestRounds.newRegionWithFacilitator(accounts);
        facilitatorSession = HttpSession.loggedIn(baseUrl(), facilitator.username(), facilitator.username());
        mailbox = new Mailbox(mailServer);
    }

    /**
     * Deploys a test model of {@code src/test/resources/test-bpmn} and starts it, as the round's
     * process starts a stage, for a new round (named title, its stakeholders' addresses marked with
     * suffix) of this test's facilitator, whose region's facilitators get its tasks.
     */
    protected ProcessInstance startTestProcess(String resource, String processKey, String title, String suffix) {
        testRepository.createDeployment().name(processKey).addClasspathResource(resource).deploy();
        Round round = testRounds.define(TestRounds.round(title, TestRounds.fiveStakeholders(suffix)), facilitator);
        return testRuntime.startProcessInstanceByKey(processKey, round.id().toString(),
                Map.of(ProcessVariables.ROUND_ID, round.id().toString(),
                        ProcessVariables.FACILITATOR_GROUP, ProcessVariables.facilitatorGroup(facilitator.regionId())));
    }

    /** Defines a round over the API as this test's facilitator; answers its id. */
    protected String defineRound(RoundDefinition definition) {
        HttpSession.Response defined = facilitatorSession.post("/api/rounds", definition);
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        return defined.json().get("id").asText();
    }

    /** Launches a defined round over the API as this test's facilitator; answers its id. */
    protected String launchDefinedRound(String roundId) {
        HttpSession.Response launched = facilitatorSession.post("/api/rounds/" + roundId + "/launch", "");
        assertThat(launched.status()).as(launched.toString()).isEqualTo(200);
        return roundId;
    }

    /** Defines and launches a round over the API as this test's facilitator; answers its id. */
    protected String launchRound(RoundDefinition definition) {
        return launchDefinedRound(defineRound(definition));
    }

    /**
     * Signs or declines a signature task over HTTP as a signatory does: asks for a code, reads it in
     * the mail that reached their address, and sends it with the values (the hash their form showed
     * among them). Answers the submission's response.
     */
    protected HttpSession.Response submitWithSigningCode(HttpSession browser, String taskId, String address,
            Map<String, Object> values) {
        int before = mailbox.signingCodeMailsTo(address).size();
        HttpSession.Response sent = browser.post("/api/tasks/" + taskId + "/signing-code", "");
        if (sent.status() != 200) {
            throw new AssertionError("no code sent to " + address + ": " + sent);
        }
        Map<String, Object> withCode = new java.util.LinkedHashMap<>(values);
        withCode.put("code", mailbox.signingCodeTo(address, before + 1));
        return browser.post("/api/tasks/" + taskId + "/submission", withCode);
    }

    /**
     * The embedded database as its superuser, for a test that plays someone with every right over it;
     * Copact itself connects as a role that may change rows only ({@link TestDatabase}).
     */
    protected javax.sql.DataSource superuser() {
        return TestDatabase.superuser(testContext);
    }

    /** the role that owns the schema and runs the migrations ({@link TestDatabase#owner}) */
    protected javax.sql.DataSource owner() {
        return TestDatabase.owner(testContext);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
