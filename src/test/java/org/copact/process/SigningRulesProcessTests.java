package org.copact.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.copact.TestRounds.stakeholder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.copact.TestRounds;
import org.copact.identity.Caller;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.process.signature.PactSignatureProcess;
import org.copact.round.Round;
import org.copact.round.RoundChanges;
import org.copact.round.RoundDefinition;
import org.copact.round.RoundDefinition.SigningGroupInput;
import org.copact.round.RoundStatus;
import org.copact.round.Stage;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningOrigin;
import org.copact.signing.SigningService;
import org.copact.tasks.TaskEnding;
import org.copact.tasks.TaskEndings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The signing rules in {@code pact-signature.bpmn}: every public authority plus a quorum of the
 * others, ordered groups, declines that leave the rule possible (the facilitator decides) or not
 * (back to drafting), the reminder and the deadline. Signatories sign over the same steps a person
 * uses; the mails are read from the SMTP server.
 */
class SigningRulesProcessTests extends ProcessTestSupport {

    static final Locale RO = Locale.forLanguageTag("ro");

    @Autowired
    PactService pacts;
    @Autowired
    SigningService signing;
    @Autowired
    HistoryService history;
    @Autowired
    MessageSource messages;
    @Autowired
    TaskEndings endings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RoundChanges roundChanges;

    UUID roundId;
    String title;
    String suffix;
    Map<String, Caller.Stakeholder> people;
    PactVersion version;

    // ---- ALL, with a signatory removed ----

    @Test
    void shouldCountTheRuleWithoutASignatoryRemovedFromTheRoundAndPutThePactInForceWithTheOthers() {
        toSignature("ALL", null, null);
        ProcessInstance signature = subProcess(roundId, PactSignatureProcess.KEY);
        sign("authority");
        sign("sme");
        sign("ngo");
        assertThat(signature).as("every signatory must sign").isWaitingAt(PactSignatureProcess.TASK_SIGN_PACT);

        roundChanges.removeStakeholder(roundId, people.get("academia").participationId(), facilitator, RO);
        runDueJobs(roundId);

        assertThat(tasks.openTaskIds(people.get("academia"))).as("the removed signatory's request is withdrawn")
                .isEmpty();
        assertThat(signature).isEnded().hasPassed(PactSignatureProcess.END_SIGNATORY_WITHDRAWN,
                PactSignatureProcess.END_RULE_MET);
        assertThat(subjectsTo(address("academia"))).as("not told that the rule was met without them")
                .doesNotContain(subject("signature-withdrawn"));
        awaitInForce();
    }

    // ---- AUTHORITIES_PLUS_QUORUM ----

    @Test
    void shouldPutThePactInForceOnceTheAuthorityAndTheQuorumSignedAndWithdrawTheOtherRequests() {
        toSignature("AUTHORITIES_PLUS_QUORUM", 2, null);
        ProcessInstance signature = subProcess(roundId, PactSignatureProcess.KEY);
        assertThat(openSignatureTasks()).as("every signatory asked at once").isEqualTo(4);

        sign("authority");
        sign("sme");
        assertThat(signature).as("one of the others still needed").isWaitingAt(PactSignatureProcess.TASK_SIGN_PACT);
        sign("ngo");
        runDueJobs(roundId);

        assertThat(signature).isEnded().hasPassedInOrder(PactSignatureProcess.TASK_SEND_WITHDRAWAL_NOTICES,
                PactSignatureProcess.GATEWAY_RULE_MET, PactSignatureProcess.END_RULE_MET);
        assertThat(tasks.openTaskIds(people.get("academia"))).as("the request nobody needs is withdrawn").isEmpty();
        assertThat(subjectsTo(address("academia"))).contains(subject("signature-withdrawn"));
        assertThat(subjectsTo(address("sme"))).doesNotContain(subject("signature-withdrawn"));
        assertThat(endingOfSignTask("academia")).isEqualTo(TaskEnding.Reason.WITHDRAWN);
        assertThat(auditTypes()).contains("SignatureRequestWithdrawn");
        awaitInForce();
    }

    @Test
    void shouldReopenDraftingWhenTheAuthorityDeclinesAndTellTheSignerThatTheirSignatureLapsed() {
        toSignature("AUTHORITIES_PLUS_QUORUM", 2, null);
        sign("sme");
        decline("authority");
        runDueJobs(roundId);

        assertThat(mainProcess(roundId)).isWaitingAt(CoCreationRoundProcess.CALL_DRAFTING);
        assertThat(tasks.openTaskKeys(facilitator)).as("nothing to decide: the rule cannot be met")
                .doesNotContain(PactSignatureProcess.TASK_DECIDE_ON_DECLINE);
        assertThat(subjectsTo(address("sme"))).contains(subject("signature-lapsed"));
        assertThat(subjectsTo(address("ngo"))).contains(subject("signature-version-withdrawn"));
        assertThat(subjectsTo(address("authority"))).as("the decliner knows").noneMatch(
                s -> s.equals(subject("signature-lapsed")) || s.equals(subject("signature-version-withdrawn")));
        assertThat(endingOfSignTask("sme")).isEqualTo(TaskEnding.Reason.LAPSED);
        assertThat(endingOfSignTask("ngo")).isEqualTo(TaskEnding.Reason.VERSION_WITHDRAWN);
        assertThat(auditTypes()).contains("SignatureDeclined", "SignatureLapsed");
    }

    @Test
    void shouldReopenDraftingWhenDeclinesLeaveTooFewOthersForTheQuorum() {
        toSignature("AUTHORITIES_PLUS_QUORUM", 2, null);
        decline("sme");
        assertThat(tasks.openTaskKeys(facilitator)).containsExactly(PactSignatureProcess.TASK_DECIDE_ON_DECLINE);
        tasks.submitOnly(facilitator, Map.of("decision", "CONTINUE"));
        assertThat(subProcess(roundId, PactSignatureProcess.KEY)).isWaitingAt(PactSignatureProcess.TASK_SIGN_PACT);

        decline("ngo");
        runDueJobs(roundId);

        assertThat(mainProcess(roundId)).isWaitingAt(CoCreationRoundProcess.CALL_DRAFTING);
        assertThat(subjectsTo(address("academia"))).contains(subject("signature-version-withdrawn"));
        assertThat(auditTypes()).containsSubsequence("SignatureDeclined", "DeclineDecided", "SignatureDeclined");
    }

    @Test
    void shouldLetTheFacilitatorContinueWithoutADeclinerAndPutThePactInForceWithTheOthers() {
        toSignature("AUTHORITIES_PLUS_QUORUM", 2, null);
        decline("sme");
        ProcessInstance signature = subProcess(roundId, PactSignatureProcess.KEY);
        assertThat(signature).isWaitingAt(PactSignatureProcess.TASK_SIGN_PACT, PactSignatureProcess.TASK_DECIDE_ON_DECLINE);
        Map<String, Object> context = tasks.context(tasks.openTaskIds(facilitator).get(0), facilitator);
        assertThat(context).containsEntry("signatory", "Eco SRL").containsEntry("reason", "Clauza 5 este nerealistă.");

        tasks.submitOnly(facilitator, Map.of("decision", "CONTINUE"));
        sign("authority");
        sign("ngo");
        sign("academia");
        runDueJobs(roundId);

        assertThat(signature).isEnded().hasPassed(PactSignatureProcess.END_CONTINUED_WITHOUT,
                PactSignatureProcess.END_RULE_MET);
        assertThat(auditTypes()).contains("DeclineDecided");
        awaitInForce();
    }

    @Test
    void shouldLetTheFacilitatorReopenDraftingAfterADeclineTheRuleSurvives() {
        toSignature("AUTHORITIES_PLUS_QUORUM", 2, null);
        sign("authority");
        decline("sme");
        ProcessInstance signature = subProcess(roundId, PactSignatureProcess.KEY);
        tasks.submitOnly(facilitator, Map.of("decision", "REOPEN"));
        runDueJobs(roundId);

        assertThat(signature).isEnded().hasPassed(PactSignatureProcess.END_DRAFTING_REOPENED);
        assertThat(mainProcess(roundId)).isWaitingAt(CoCreationRoundProcess.CALL_DRAFTING);
        assertThat(subjectsTo(address("authority"))).contains(subject("signature-lapsed"));
        assertThat(subjectsTo(address("ngo"))).contains(subject("signature-version-withdrawn"));
        assertThat(auditTypes()).contains("DeclineDecided");
    }

    // ---- ORDERED_GROUPS ----

    @Test
    void shouldAskTheSecondGroupOnlyWhenTheFirstIsDone() {
        toSignature("ORDERED_GROUPS", null, List.of(new SigningGroupInput(List.of("SME", "NGO", "ACADEMIA"), "AT_LEAST", 2),
                new SigningGroupInput(List.of("PUBLIC_AUTHORITY"), "ALL", null)));
        assertThat(tasks.openTaskIds(people.get("authority"))).as("the authority signs last").isEmpty();
        assertThat(openSignatureTasks()).isEqualTo(3);

        sign("sme");
        assertThat(tasks.openTaskIds(people.get("authority"))).isEmpty();
        sign("academia");
        runDueJobs(roundId);

        assertThat(tasks.openTaskIds(people.get("ngo"))).as("their group is done without them").isEmpty();
        assertThat(subjectsTo(address("ngo"))).contains(subject("signature-withdrawn"));
        assertThat(tasks.openTaskKeys(people.get("authority"))).containsExactly(PactSignatureProcess.TASK_SIGN_PACT);
        sign("authority");
        runDueJobs(roundId);

        assertThat(subProcess(roundId, PactSignatureProcess.KEY)).isNull();
        awaitInForce();
    }

    @Test
    void shouldReopenDraftingWhenADeclineInAGroupMakesItsRuleImpossibleWithoutAskingTheNextGroup() {
        toSignature("ORDERED_GROUPS", null, List.of(new SigningGroupInput(List.of("SME", "NGO", "ACADEMIA"), "ALL", null),
                new SigningGroupInput(List.of("PUBLIC_AUTHORITY"), "ALL", null)));
        sign("sme");
        decline("ngo");
        runDueJobs(roundId);

        assertThat(mainProcess(roundId)).isWaitingAt(CoCreationRoundProcess.CALL_DRAFTING);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(roundId.toString())
                .taskDefinitionKey(PactSignatureProcess.TASK_SIGN_PACT).taskAssignee(people.get("authority").participationId().toString()).count())
                .as("the second group was never asked").isZero();
        assertThat(subjectsTo(address("sme"))).contains(subject("signature-lapsed"));
        assertThat(subjectsTo(address("academia"))).contains(subject("signature-version-withdrawn"));
    }

    @Test
    void shouldAskTheFacilitatorWhenADeclineInAGroupLeavesItsRulePossible() {
        toSignature("ORDERED_GROUPS", null, List.of(new SigningGroupInput(List.of("SME", "NGO", "ACADEMIA"), "AT_LEAST", 1),
                new SigningGroupInput(List.of("PUBLIC_AUTHORITY"), "ALL", null)));
        decline("ngo");

        assertThat(tasks.openTaskKeys(facilitator)).containsExactly(PactSignatureProcess.TASK_DECIDE_ON_DECLINE);
        tasks.submitOnly(facilitator, Map.of("decision", "CONTINUE"));
        sign("sme");
        runDueJobs(roundId);

        assertThat(tasks.openTaskIds(people.get("academia"))).isEmpty();
        assertThat(tasks.openTaskKeys(people.get("authority"))).containsExactly(PactSignatureProcess.TASK_SIGN_PACT);
    }

    // ---- reminder and deadline ----

    @Test
    void shouldRemindOnlyThoseWhoseSignatureIsAwaited() {
        toSignature("ALL", null, null);
        sign("authority");

        fireTimer(roundId, PactSignatureProcess.TIMER_SIGNATURE_REMINDER);

        String reminder = subject("signature-reminder", deadlineText());
        assertThat(subjectsTo(address("sme"))).containsOnlyOnce(reminder);
        assertThat(subjectsTo(address("academia"))).containsOnlyOnce(reminder);
        assertThat(subjectsTo(address("authority"))).doesNotContain(reminder);
        assertThat(subProcess(roundId, PactSignatureProcess.KEY)).as("a reminder closes nothing")
                .isWaitingAt(PactSignatureProcess.TASK_SIGN_PACT);
    }

    @Test
    void shouldLetTheFacilitatorExtendTheDeadlineThenReopenDraftingAtTheNextOne() {
        toSignature("ALL", null, null);
        sign("authority");

        fireTimer(roundId, PactSignatureProcess.TIMER_SIGNATURE_DEADLINE);
        ProcessInstance signature = subProcess(roundId, PactSignatureProcess.KEY);
        assertThat(signature).isWaitingAt(PactSignatureProcess.TASK_DECIDE_ON_SIGNATURE_DEADLINE);
        assertThat(tasks.openTaskIds(people.get("sme"))).as("closed at the deadline").isEmpty();

        Instant newDeadline = Instant.now().plus(Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        tasks.submitOnly(facilitator, Map.of("decision", "EXTEND",
                "newDeadline", newDeadline.atOffset(ZoneOffset.UTC).toLocalDateTime().toString()));
        runDueJobs(roundId);

        assertThat(runtime.getVariable(signature.getId(), ProcessVariables.SIGNATURE_DEADLINE))
                .isEqualTo(Date.from(newDeadline));
        assertThat(tasks.openTaskIds(people.get("sme"))).as("asked again until the new date").hasSize(1);
        assertThat(tasks.openTaskIds(people.get("authority"))).as("who signed is not asked again").isEmpty();
        assertThat(subjectsTo(address("sme"))).contains(subject("signature-deadline-extended",
                org.copact.round.RoundTimes.format(newDeadline, ZoneOffset.UTC, RO)));
        assertThat(endingOfSignTask("sme")).isEqualTo(TaskEnding.Reason.DEADLINE_PASSED);
        assertThat(auditTypes()).contains("SignatureDeadlineDecided");

        fireTimer(roundId, PactSignatureProcess.TIMER_SIGNATURE_DEADLINE);
        tasks.submitOnly(facilitator, Map.of("decision", "REOPEN"));
        runDueJobs(roundId);

        assertThat(signature).isEnded().hasPassed(PactSignatureProcess.GATEWAY_BACK_TO_DRAFTING,
                PactSignatureProcess.END_DECLINED);
        assertThat(mainProcess(roundId)).isWaitingAt(CoCreationRoundProcess.CALL_DRAFTING);
        assertThat(subjectsTo(address("authority"))).contains(subject("signature-lapsed"));
    }

    @Test
    void shouldPutThePactInForceAtTheDeadlineWhenTheRuleIsMetByThen() {
        toSignature("AUTHORITIES_PLUS_QUORUM", 1, null);
        sign("authority");
        // a signature on record that no task completion reported yet (as one confirmed outside the stage)
        Caller.Stakeholder sme = people.get("sme");
        String code = (String) withSigningCode(sme, Map.of()).get("code");
        signing.record(tasks.openTaskIds(sme).get(0), version.id(), sme.participationId(), version.sha256(),
                SignatureDecision.SIGN, null, code, new SigningOrigin("127.0.0.1", "a test"), Locale.ENGLISH);

        fireTimer(roundId, PactSignatureProcess.TIMER_SIGNATURE_DEADLINE);

        HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PactSignatureProcess.KEY).processInstanceBusinessKey(roundId.toString())
                .singleResult();
        assertThat(ended.getEndActivityId()).isEqualTo(PactSignatureProcess.END_MET_AT_DEADLINE);
        awaitInForce();
    }

    // ---- the path to signature ----

    private void toSignature(String rule, Integer quorum, List<SigningGroupInput> groups) {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        title = "Pact " + suffix;
        List<String> signs = List.of("SIGNATORY");
        RoundDefinition definition = TestRounds.round(title, List.of(
                stakeholder("Primăria Ilfov", "Elena Dobre", address("authority"), "PUBLIC_AUTHORITY", "ro",
                        TestRounds.ALL_ROLES),
                stakeholder("Eco SRL", "Dan Pop", address("sme"), "SME", "ro", signs),
                stakeholder("Asociația Verde", "Ioana Mihai", address("ngo"), "NGO", "ro", signs),
                stakeholder("Universitatea Ilfov", "Radu Ene", address("academia"), "ACADEMIA", "ro", signs)))
                .withSigning(rule, quorum, groups);
        Round round = rounds.define(definition, facilitator);
        roundId = rounds.launch(round.id(), facilitator).id();
        runDueJobs(roundId);
        people = new java.util.HashMap<>();
        stakeholders(roundId).forEach((email, caller) -> people.put(email.substring(0, email.indexOf('-')), caller));
        tasks.submitOnly(people.get("authority"), Map.of("priorities", "Energie verde", "intendsToSign", "yes"));
        tasks.submitOnly(facilitator, Map.of("pactText", "Pactul verde local, versiunea 1.", "changeSummary", "-"));
        runDueJobs(roundId);
        tasks.submitOnly(people.get("authority"), Map.of("decision", "APPROVE"));
        tasks.submitOnly(facilitator, Map.of("outcome", "FINALISE"));
        runDueJobs(roundId);
        version = pacts.latest(roundId).orElseThrow();
        assertThat(rounds.round(roundId).stage()).isEqualTo(Stage.SIGNATURE);
    }

    private String address(String who) {
        return who + "-" + suffix + "@rules.example";
    }

    private void sign(String who) {
        tasks.submitOnly(people.get(who), withSigningCode(people.get(who),
                Map.of("sha256", version.sha256(), "decision", "SIGN")));
    }

    private void decline(String who) {
        tasks.submitOnly(people.get(who), withSigningCode(people.get(who), Map.of("sha256", version.sha256(),
                "decision", "DECLINE", "reason", "Clauza 5 este nerealistă.")));
        runDueJobs(roundId);
    }

    private long openSignatureTasks() {
        return people.values().stream().mapToLong(p -> tasks.openTaskIds(p).size()).sum();
    }

    private String subject(String kind) {
        return subject(kind, String.valueOf(version.number()));
    }

    private String subject(String kind, String detail) {
        return messages.getMessage("mail." + kind + ".subject", new Object[] {"", "", title, detail, "", ""}, RO);
    }

    private String deadlineText() {
        Round round = rounds.round(roundId);
        return org.copact.round.RoundTimes.format(round.signatureDeadline(), round.timeZone(), RO);
    }

    private TaskEnding.Reason endingOfSignTask(String who) {
        Caller.Stakeholder person = people.get(who);
        List<String> ids = new ArrayList<>(history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(roundId.toString()).taskDefinitionKey(PactSignatureProcess.TASK_SIGN_PACT)
                .taskAssignee(person.participationId().toString()).finished().orderByHistoricTaskInstanceEndTime()
                .asc().list().stream().map(t -> t.getId()).toList());
        return endings.explain(ids.get(0), person).orElseThrow().reason();
    }

    private List<String> auditTypes() {
        return jdbc.queryForList("select type from audit_entry where round_id = ? order by seq", String.class,
                roundId);
    }

    private void awaitInForce() {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            runDueJobs(roundId);
            return rounds.round(roundId).status() == RoundStatus.SIGNED;
        });
        assertThat(rounds.round(roundId).stage()).isEqualTo(Stage.IN_FORCE);
    }
}
