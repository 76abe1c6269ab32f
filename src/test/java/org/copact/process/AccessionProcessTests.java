package org.copact.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.copact.TestRounds.stakeholder;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.copact.common.ConflictException;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.identity.Caller;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;


import org.copact.process.accession.AccessionProcess;
import org.copact.round.Round;
import org.copact.round.RoundStatus;
import org.copact.signing.Accession;
import org.copact.signing.AccessionStatus;
import org.copact.signing.Accessions;
import org.copact.signing.SealedPacts;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An organisation accedes to a pact in force through {@code pact-accession.bpmn}: invited, it drafts
 * its commitment sheet, a facilitator asks for changes then accepts, it signs with a one-time code,
 * and the next edition of the signed pact is sealed while the first stays as it was.
 */
class AccessionProcessTests extends ProcessTestSupport {

    static final String AUTHORITY = "primaria@ilfov.example";
    static final String SME = "eco@eco.example";
    static final String NEWCOMER = "contact@solar-nou.example";

    @Autowired
    PactService pacts;
    @Autowired
    SigningService signing;
    @Autowired
    AccessionInvitations invitations;
    @Autowired
    Accessions accessions;
    @Autowired
    SealedPacts sealedPacts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccessionEndings endings;
    @Autowired
    org.camunda.bpm.engine.TaskService engineTasks;

    UUID roundId;
    String suffix;
    Caller.Stakeholder authority;
    PactVersion version;

    @BeforeEach
    void putPactInForce() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        Round round = launch("Pact " + suffix, List.of(
                stakeholder("Primăria Ilfov", "Elena Dobre", suffix + AUTHORITY, "PUBLIC_AUTHORITY", "ro",
                        List.of("PARTICIPANT", "REVIEWER", "SIGNATORY")),
                stakeholder("Eco SRL", "Dan Pop", suffix + SME, "SME", "ro", List.of("REVIEWER", "SIGNATORY"))));
        roundId = round.id();
        runDueJobs(roundId);
        Map<String, Caller.Stakeholder> people = stakeholders(roundId);
        authority = people.get(suffix + AUTHORITY);
        Caller.Stakeholder sme = people.get(suffix + SME);
        tasks.submitOnly(authority, Map.of("priorities", "Energie verde", "intendsToSign", "yes"));
        tasks.submitOnly(facilitator, Map.of("pactText", "Pactul verde local, versiunea 1.", "changeSummary", "-"));
        runDueJobs(roundId);
        tasks.submitOnly(authority, Map.of("decision", "APPROVE"));
        tasks.submitOnly(sme, Map.of("decision", "APPROVE"));
        tasks.submitOnly(facilitator, Map.of("outcome", "FINALISE"));
        runDueJobs(roundId);
        version = pacts.latest(roundId).orElseThrow();
        for (Caller.Stakeholder signatory : List.of(authority, sme)) {
            tasks.submitOnly(signatory, withSigningCode(signatory, Map.of("sha256", version.sha256(),
                    "decision", "SIGN")));
        }
        runDueJobs(roundId);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> rounds.round(roundId).status() == RoundStatus.SIGNED && sealedPacts.sealed(roundId)
                        .isPresent());
    }

    @Test
    void shouldTakeANewOrganisationFromInvitationThroughChangesToItsSignatureAndSealTheNextEdition() {
        SealedPacts.SealedPact first = sealedPacts.sealed(roundId).orElseThrow();
        Accession invited = invitations.invite(roundId, new AccessionInput(null, "Solar Nou SRL", "Ana Nistor",
                suffix + NEWCOMER, "SME", "ro"), facilitator, Locale.ENGLISH);
        ProcessInstance accession = runtime.createProcessInstanceQuery().processDefinitionKey(AccessionProcess.KEY)
                .processInstanceBusinessKey(roundId.toString()).singleResult();
        assertThat(accession).isWaitingAt(AccessionProcess.TASK_SEND_ACCESSION_INVITATION);
        runDueJobs(roundId);
        assertThat(mailsTo(suffix + NEWCOMER, "accession-invitation")).isEqualTo(1);
        assertThat(accession).isWaitingAt(AccessionProcess.TASK_DRAFT_COMMITMENT_SHEET);
        Caller.Stakeholder newcomer = stakeholders(roundId).get(suffix + NEWCOMER);
        assertThat(newcomer.participationId()).isEqualTo(invited.participationId());

        assertThatThrownBy(() -> tasks.submitOnly(newcomer, Map.of("commitments", List.of(commitment("12,5x",
                "2035-12-31", "2040")))))
                .as("the rules of the signatories' sheets, in the organisation's Romanian")
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                        .contains("commitments[0].targetValue"));
        tasks.submitOnly(newcomer, Map.of("commitments", List.of(commitment("40", "2030-12-31", "2025"))));
        assertThat(accessions.accession(invited.id()).status()).isEqualTo(AccessionStatus.SUBMITTED);

        String review = tasks.openTaskIds(facilitator).get(0);
        assertThat(tasks.context(review, facilitator)).containsEntry("organisation", "Solar Nou SRL");
        assertThatThrownBy(() -> tasks.submit(review, facilitator, Map.of("decision", "REQUEST_CHANGES")))
                .as("changes asked for without saying which").isInstanceOf(InvalidInputException.class);
        tasks.submit(review, facilitator, Map.of("decision", "REQUEST_CHANGES",
                "reason", "Ținta de 40 kWp este prea mică pentru acoperișul vostru."));
        runDueJobs(roundId);
        assertThat(mailsTo(suffix + NEWCOMER, "accession-changes")).isEqualTo(1);
        assertThat(accession).isWaitingAt(AccessionProcess.TASK_DRAFT_COMMITMENT_SHEET);
        assertThat(tasks.context(tasks.openTaskIds(newcomer).get(0), newcomer))
                .containsEntry("changesRequested", "Ținta de 40 kWp este prea mică pentru acoperișul vostru.");
        tasks.submitOnly(newcomer, Map.of("commitments", List.of(commitment("120", "2030-12-31", "2025"))));
        tasks.submitOnly(facilitator, Map.of("decision", "ACCEPT"));
        assertThat(accession).isWaitingAt(AccessionProcess.TASK_SIGN_ACCESSION);

        tasks.submitOnly(newcomer, withSigningCode(newcomer, Map.of("sha256", version.sha256(), "accede", true)));
        runDueJobs(roundId);

        assertThat(accession).isEnded().hasPassedInOrder(AccessionProcess.TASK_SEND_ACCESSION_INVITATION,
                AccessionProcess.TASK_DRAFT_COMMITMENT_SHEET, AccessionProcess.TASK_REVIEW_COMMITMENT_SHEET,
                AccessionProcess.GATEWAY_SHEET_ACCEPTED, AccessionProcess.TASK_SEND_CHANGES_REQUEST,
                AccessionProcess.TASK_SIGN_ACCESSION, AccessionProcess.TASK_SEAL_EDITION,
                AccessionProcess.TASK_SEND_ACCESSION_NOTICES, AccessionProcess.END_ACCEDED);
        Accession signed = accessions.accession(invited.id());
        assertThat(signed.status()).isEqualTo(AccessionStatus.SIGNED);
        assertThat(signed.commitments()).singleElement().satisfies(c -> assertThat(c.targetValue())
                .isEqualByComparingTo("120"));
        assertThat(pacts.latest(roundId).orElseThrow().id()).as("the version in force keeps its number")
                .isEqualTo(version.id());
        assertThat(signing.signatures(version.id())).filteredOn(s -> s.decision() == SignatureDecision.SIGN)
                .extracting(s -> s.participationId()).hasSize(3).contains(newcomer.participationId());
        assertThat(sealedPacts.editions(roundId)).extracting(SealedPacts.SealedPact::edition).containsExactly(1, 2);
        assertThat(sealedPacts.editions(roundId).get(0)).isEqualTo(first);
        assertThat(sealedPacts.sealed(roundId).orElseThrow().edition()).isEqualTo(2);
        assertThat(mailsTo(suffix + NEWCOMER, "accession-acceded")).isEqualTo(1);
        assertThat(jdbc.queryForList("select type from audit_entry where round_id = ? order by seq", String.class,
                roundId)).containsSubsequence("AccessionInvited", "AccessionSheetSubmitted",
                        "AccessionChangesRequested", "AccessionSheetSubmitted", "AccessionAccepted", "SignatureGiven",
                        "PactAcceded", "EditionSealed");

        assertThatThrownBy(() -> invitations.invite(roundId, new AccessionInput(
                newcomer.participationId().toString(), null, null, null, null, null), facilitator, Locale.ENGLISH))
                .as("an organisation that signed already").isInstanceOf(ConflictException.class);
    }

    @Test
    void shouldRefuseAnInvitationToARoundNotInForceOrWithoutAContact() {
        Round running = launch("Running " + suffix, List.of(stakeholder("Primăria Ilfov", "Elena Dobre",
                "x" + suffix + AUTHORITY, "PUBLIC_AUTHORITY", "ro", List.of("PARTICIPANT", "SIGNATORY"))));
        assertThatThrownBy(() -> invitations.invite(running.id(), new AccessionInput(null, "Solar Nou SRL",
                "Ana Nistor", suffix + NEWCOMER, "SME", "ro"), facilitator, Locale.ENGLISH))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not in force");
        assertThatThrownBy(() -> invitations.invite(roundId, new AccessionInput(null, "Solar Nou SRL", null,
                "not an address", "SME", "ro"), facilitator, Locale.ENGLISH))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                        .contains("contactName", "email"));
        assertThat(accessions.ofRound(roundId)).isEmpty();
    }

    @Test
    void shouldEndAnAccessionWhoseSheetTheFacilitatorRefusesAndTellTheOrganisationWhy() {
        Accession invited = invitations.invite(roundId, new AccessionInput(null, "Solar Nou SRL", "Ana Nistor",
                suffix + NEWCOMER, "SME", "ro"), facilitator, Locale.ENGLISH);
        ProcessInstance accession = accessionOf(invited);
        runDueJobs(roundId);
        Caller.Stakeholder newcomer = stakeholders(roundId).get(suffix + NEWCOMER);
        tasks.submitOnly(newcomer, Map.of("commitments", List.of(commitment("40", "2030-12-31", "2025"))));
        String review = tasks.openTaskIds(facilitator).get(0);
        assertThatThrownBy(() -> tasks.submit(review, facilitator, Map.of("decision", "REFUSE")))
                .as("a refusal without its reason").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 field error");
        tasks.submit(review, facilitator, Map.of("decision", "REFUSE", "reason", "Activitatea nu e în regiune."));
        runDueJobs(roundId);

        assertThat(accession).isEnded().hasPassedInOrder(AccessionProcess.TASK_REVIEW_COMMITMENT_SHEET,
                AccessionProcess.GATEWAY_SHEET_ACCEPTED, AccessionProcess.END_SHEET_REFUSED,
                AccessionProcess.BOUNDARY_SHEET_REFUSED, AccessionProcess.TASK_SEND_REFUSAL,
                AccessionProcess.END_REFUSED).hasNotPassed(AccessionProcess.TASK_SIGN_ACCESSION);
        Accession refused = accessions.accession(invited.id());
        assertThat(refused.status()).isEqualTo(AccessionStatus.REFUSED);
        assertThat(refused.endReason()).isEqualTo("Activitatea nu e în regiune.");
        assertThat(mailsTo(suffix + NEWCOMER, "accession-refused")).isEqualTo(1);
        assertThat(management.createJobQuery().processInstanceId(accession.getId()).count())
                .as("no reminder or due date left").isZero();
        assertThat(jdbc.queryForList("select type from audit_entry where round_id = ? order by seq", String.class,
                roundId)).containsSubsequence("AccessionSheetSubmitted", "AccessionRefused");
        assertThat(sealedPacts.editions(roundId)).hasSize(1);
    }

    @Test
    void shouldRemindBeforeTheDueDateThenCancelOnceWithdrawingTheTaskAndTakeANewInvitationAfter() {
        Accession invited = invitations.invite(roundId, new AccessionInput(null, "Solar Nou SRL", "Ana Nistor",
                suffix + NEWCOMER, "SME", "ro"), facilitator, Locale.ENGLISH);
        ProcessInstance accession = accessionOf(invited);
        runDueJobs(roundId);
        fireTimer(roundId, AccessionProcess.TIMER_ACCESSION_REMINDER);
        assertThat(mailsTo(suffix + NEWCOMER, "accession-reminder")).isEqualTo(1);
        assertThat(accession).isWaitingAt(AccessionProcess.TASK_DRAFT_COMMITMENT_SHEET)
                .hasPassed(AccessionProcess.TASK_SEND_ACCESSION_REMINDER, AccessionProcess.END_REMINDED);
        Caller.Stakeholder newcomer = stakeholders(roundId).get(suffix + NEWCOMER);

        assertThatThrownBy(() -> endings.cancel(roundId, invited.id(), " ", facilitator, Locale.ENGLISH))
                .isInstanceOf(InvalidInputException.class);
        endings.cancel(roundId, invited.id(), "Organizația a fuzionat cu alta.", facilitator, Locale.ENGLISH);
        assertThat(tasks.openTaskIds(newcomer)).as("its task withdrawn").isEmpty();
        runDueJobs(roundId);
        assertThat(accession).isEnded().hasPassedInOrder(AccessionProcess.BOUNDARY_ACCESSION_CANCELLED,
                AccessionProcess.TASK_SEND_CANCELLATION, AccessionProcess.END_CANCELLED);
        assertThat(mailsTo(suffix + NEWCOMER, "accession-cancelled")).isEqualTo(1);
        assertThat(accessions.accession(invited.id()).status()).isEqualTo(AccessionStatus.CANCELLED);
        assertThatThrownBy(() -> endings.cancel(roundId, invited.id(), "again", facilitator, Locale.ENGLISH))
                .as("an ended accession").isInstanceOf(ConflictException.class);

        Accession again = invitations.invite(roundId, new AccessionInput(newcomer.participationId().toString(),
                null, null, null, null, null), facilitator, Locale.ENGLISH);
        assertThat(again.id()).isNotEqualTo(invited.id());
        assertThat(accessions.ofRound(roundId)).extracting(Accession::status)
                .containsExactly(AccessionStatus.CANCELLED, AccessionStatus.INVITED);
    }

    @Test
    void shouldLetAnInvitationLapseAtItsDueDateTellingTheOrganisationAndTheFacilitators() {
        Accession invited = invitations.invite(roundId, new AccessionInput(null, "Solar Nou SRL", "Ana Nistor",
                suffix + NEWCOMER, "SME", "ro", java.time.LocalDate.now().plusDays(10).toString()), facilitator,
                Locale.ENGLISH);
        ProcessInstance accession = accessionOf(invited);
        runDueJobs(roundId);
        Caller.Stakeholder newcomer = stakeholders(roundId).get(suffix + NEWCOMER);
        assertThat(engineTaskDue(newcomer)).as("its task due when the invitation is").isEqualTo(
                accessions.accession(invited.id()).dueAt());

        fireTimer(roundId, AccessionProcess.TIMER_ACCESSION_DUE);
        assertThat(accession).isEnded().hasPassedInOrder(AccessionProcess.TIMER_ACCESSION_DUE,
                AccessionProcess.TASK_LAPSE_ACCESSION, AccessionProcess.END_LAPSED);
        assertThat(accessions.accession(invited.id()).status()).isEqualTo(AccessionStatus.LAPSED);
        assertThat(mailsTo(suffix + NEWCOMER, "accession-lapsed")).isEqualTo(1);
        assertThat(mailsTo(facilitator.username(), "facilitator-accession-lapsed")).isEqualTo(1);
        assertThat(tasks.openTaskIds(newcomer)).isEmpty();
        assertThat(jdbc.queryForList("select type from audit_entry where round_id = ? order by seq", String.class,
                roundId)).containsSubsequence("AccessionInvited", "AccessionLapsed");
    }

    private ProcessInstance accessionOf(Accession accession) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(AccessionProcess.KEY)
                .variableValueEquals(ProcessVariables.ACCESSION_ID, accession.id().toString()).singleResult();
    }

    private java.time.Instant engineTaskDue(Caller.Stakeholder holder) {
        return engineTasks.createTaskQuery().taskAssignee(holder.participationId().toString()).singleResult()
                .getDueDate().toInstant();
    }

    private static Map<String, Object> commitment(String target, String targetDate, String baselineYear) {
        return Map.of("theme", "ENERGY", "description", "Panouri solare pe acoperișul halei",
                "indicator", "Putere instalată", "unit", "kWp", "baselineValue", "0", "baselineYear", baselineYear,
                "targetValue", target, "targetDate", targetDate);
    }
}
