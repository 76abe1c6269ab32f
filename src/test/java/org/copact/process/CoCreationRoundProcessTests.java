package org.copact.process;

import org.copact.process.review.PactReviewProcess;
import org.copact.process.signature.PactSignatureProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.copact.TestRounds.stakeholder;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.copact.common.ConflictException;
import org.copact.common.InvalidInputException;
import org.copact.identity.Caller;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.round.Round;
import org.copact.round.RoundStatus;
import org.copact.round.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stages after the consultation: drafting, review (revise or finalise), signature (a decline
 * goes back to drafting), until the pact is in force.
 */
class CoCreationRoundProcessTests extends ProcessTestSupport {

    static final String AUTHORITY = "primaria@ilfov.example";
    static final String SME = "eco@eco.example";

    @Autowired
    PactService pacts;
    @Autowired
    org.camunda.bpm.engine.HistoryService history;

    UUID roundId;
    String suffix;
    Caller.Stakeholder authority;
    Caller.Stakeholder sme;

    @BeforeEach
    void consultationDone() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        Round round = launch("Pact " + suffix, List.of(
                stakeholder("Primăria Ilfov", "Elena Dobre", suffix + AUTHORITY, "PUBLIC_AUTHORITY", "ro",
                        List.of("PARTICIPANT", "REVIEWER", "SIGNATORY")),
                stakeholder("Eco SRL", "Dan Pop", suffix + SME, "SME", "ro", List.of("REVIEWER", "SIGNATORY"))));
        roundId = round.id();
        runDueJobs(roundId);
        Map<String, Caller.Stakeholder> people = stakeholders(roundId);
        authority = people.get(suffix + AUTHORITY);
        sme = people.get(suffix + SME);
        tasks.submitOnly(authority, Map.of("priorities", "Energie verde", "intendsToSign", "yes"));
        assertThat(mainProcess(roundId)).isWaitingAt(CoCreationRoundProcess.CALL_DRAFTING);
    }

    @Test
    void shouldPublishTheDraftAsAnImmutableVersionAndAskEachReviewer() {
        draft("Pactul verde local, versiunea 1: obiective și angajamente.");

        ProcessInstance review = subProcess(roundId, PactReviewProcess.KEY);
        assertThat(review).isWaitingAt(PactReviewProcess.TASK_REVIEW_DRAFT);
        assertThat(rounds.round(roundId).stage()).isEqualTo(Stage.REVIEW);
        PactVersion v1 = pacts.latest(roundId).orElseThrow();
        assertThat(v1.number()).isEqualTo(1);
        assertThat(v1.sha256()).matches("[0-9a-f]{64}");
        assertThat(tasks.context(tasks.openTaskIds(sme).get(0), sme))
                .extractingByKey("pactVersion").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("sha256", v1.sha256());
    }

    @Test
    void shouldGoBackToDraftingWhenTheFacilitatorRevisesAndReviewTheNewVersion() {
        draft("Pactul verde local, versiunea 1: obiective și angajamente.");
        tasks.submitOnly(authority, Map.of("decision", "APPROVE"));
        tasks.submitOnly(sme, Map.of("decision", "REQUEST_CHANGES", "comment", "Clauza 3: ținta este prea vagă."));
        ProcessInstance firstReview = subProcess(roundId, PactReviewProcess.KEY);
        assertThat(firstReview).isWaitingAt(PactReviewProcess.TASK_DECIDE_ON_REVIEW);

        tasks.submitOnly(facilitator, Map.of("outcome", "REVISE"));

        assertThat(firstReview).isEnded();
        assertThat(mainProcess(roundId)).isWaitingAt(CoCreationRoundProcess.CALL_DRAFTING);
        draft("Pactul verde local, versiunea 2: ținta de 20% până în 2030.");
        assertThat(pacts.versions(roundId)).extracting(PactVersion::number).containsExactly(1, 2);
        assertThat(subProcess(roundId, PactReviewProcess.KEY)).isWaitingAt(PactReviewProcess.TASK_REVIEW_DRAFT);
    }

    @Test
    void shouldSendThePactBackToDraftingWhenASignatoryDeclinesAndPutItInForceWhenAllSign() {
        draft("Pactul verde local, versiunea 1.");
        approveAndFinalise();
        PactVersion v1 = pacts.latest(roundId).orElseThrow();
        ProcessInstance firstSignature = subProcess(roundId, PactSignatureProcess.KEY);
        assertThat(firstSignature).isWaitingAt(PactSignatureProcess.TASK_SIGN_PACT);
        assertThat(rounds.round(roundId).stage()).isEqualTo(Stage.SIGNATURE);

        tasks.submitOnly(authority, withSigningCode(authority, Map.of("sha256", v1.sha256(), "decision", "SIGN")));
        tasks.submitOnly(sme, withSigningCode(sme, Map.of("sha256", v1.sha256(), "decision", "DECLINE",
                "reason", "Termenul din clauza 5 este nerealist.")));
        runDueJobs(roundId);

        assertThat(firstSignature).isEnded().hasPassedInOrder(PactSignatureProcess.GATEWAY_RULE_MET,
                PactSignatureProcess.TASK_NOTIFY_DECLINE, PactSignatureProcess.END_DECLINED);
        assertThat(mainProcess(roundId)).isWaitingAt(CoCreationRoundProcess.CALL_DRAFTING);
        assertThat(mailsTo(facilitator.username() + "@copact.test", "decline-notice")).as("decline notice").isEqualTo(1);

        draft("Pactul verde local, versiunea 2, cu termenul revizuit.");
        approveAndFinalise();
        PactVersion v2 = pacts.latest(roundId).orElseThrow();
        assertThat(v2.sha256()).isNotEqualTo(v1.sha256());
        tasks.submitOnly(authority, withSigningCode(authority, Map.of("sha256", v2.sha256(), "decision", "SIGN")));
        tasks.submitOnly(sme, withSigningCode(sme, Map.of("sha256", v2.sha256().toUpperCase(), "decision", "SIGN")));

        runDueJobs(roundId);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> mainProcess(roundId) == null);

        ProcessInstance main = mainProcess(roundId);
        HistoricProcessInstance finished = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(CoCreationRoundProcess.KEY).processInstanceBusinessKey(roundId.toString())
                .singleResult();
        assertThat(main).isNull();
        assertThat(finished.getEndActivityId()).isEqualTo(CoCreationRoundProcess.END_PACT_SIGNED);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(finished.getId())
                .orderPartiallyByOccurrence().asc().list().stream()
                .map(org.camunda.bpm.engine.history.HistoricActivityInstance::getActivityId).toList())
                .as("finalised, declined, back to drafting, finalised again, signed").containsSubsequence(
                        CoCreationRoundProcess.CALL_CONSULTATION, CoCreationRoundProcess.GATEWAY_DRAFTING_MERGE,
                        CoCreationRoundProcess.CALL_DRAFTING, CoCreationRoundProcess.CALL_REVIEW,
                        CoCreationRoundProcess.GATEWAY_REVIEW_OUTCOME, CoCreationRoundProcess.CALL_SIGNATURE,
                        CoCreationRoundProcess.GATEWAY_PACT_DECLINED, CoCreationRoundProcess.GATEWAY_DRAFTING_MERGE,
                        CoCreationRoundProcess.CALL_DRAFTING, CoCreationRoundProcess.CALL_REVIEW,
                        CoCreationRoundProcess.GATEWAY_REVIEW_OUTCOME, CoCreationRoundProcess.CALL_SIGNATURE,
                        CoCreationRoundProcess.GATEWAY_PACT_DECLINED, CoCreationRoundProcess.TASK_PUT_PACT_IN_FORCE,
                        CoCreationRoundProcess.END_PACT_SIGNED);
        Round round = rounds.round(roundId);
        assertThat(round.status()).isEqualTo(RoundStatus.SIGNED);
        assertThat(round.stage()).isEqualTo(Stage.IN_FORCE);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(finished.getId())
                .activityId(CoCreationRoundProcess.TASK_SEND_PACT_IN_FORCE_NOTICES).list())
                .as("one notice step per stakeholder").hasSize(2);
        for (String address : List.of(suffix + AUTHORITY, suffix + SME)) {
            assertThat(subjectsTo(address)).as("the pact-in-force notice to %s", address)
                    .containsOnlyOnce("„" + round.title() + "” a intrat în vigoare");
        }
    }

    @Test
    void shouldRefuseASignatureOfAnotherTextThanTheOnePutToSignature() {
        draft("Pactul verde local, versiunea 1.");
        approveAndFinalise();

        assertThatThrownBy(() -> tasks.submitOnly(authority, withSigningCode(authority, Map.of("sha256", "a".repeat(64), "decision", "SIGN"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .anySatisfy(err -> assertThat(err.field()).isEqualTo("sha256")));
        assertThat(tasks.openTaskIds(authority)).as("nothing recorded, the task stays open").hasSize(1);
    }

    @Test
    void shouldRequireACommentWhenAReviewerAsksForChanges() {
        draft("Pactul verde local, versiunea 1.");

        assertThatThrownBy(() -> tasks.submitOnly(sme, Map.of("decision", "REQUEST_CHANGES")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(tasks.openTaskIds(sme)).hasSize(1);
    }

    @Test
    void shouldRefuseToLaunchARoundTwice() {
        assertThatThrownBy(() -> rounds.launch(roundId, facilitator)).isInstanceOf(ConflictException.class);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CoCreationRoundProcess.KEY)
                .processInstanceBusinessKey(roundId.toString()).count()).isEqualTo(1);
    }

    private void draft(String text) {
        tasks.submitOnly(facilitator, Map.of("pactText", text, "changeSummary", "redactare"));
        runDueJobs(roundId);
    }

    private void approveAndFinalise() {
        tasks.submitOnly(authority, Map.of("decision", "APPROVE"));
        tasks.submitOnly(sme, Map.of("decision", "APPROVE"));
        tasks.submitOnly(facilitator, Map.of("outcome", "FINALISE"));
        runDueJobs(roundId);
    }
}
