package org.copact.process;

import org.copact.process.signature.PactSignatureProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.copact.TestRounds.stakeholder;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.copact.common.InvalidInputException;
import org.copact.identity.Caller;
import org.copact.documents.DocumentService;
import org.copact.mail.MailEvents;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.round.Round;
import org.copact.round.Stage;
import org.copact.signing.Signature;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SignatureMethod;
import org.copact.signing.SigningService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signatory replies to the signature request with a signed PDF: a facilitator confirms it (the
 * signature) or rejects it (the signatory is asked again). The reply is recorded as the mail-in
 * route records one (the mail, its documents, then {@code ReplyReceived} in one transaction); the
 * route itself over IMAP is the subject of the end-to-end test.
 */
class SignedCopyProcessTests extends ProcessTestSupport {

    static final String AUTHORITY = "primaria@ilfov.example";
    static final String SME = "eco@eco.example";

    @Autowired
    PactService pacts;
    @Autowired
    SigningService signing;
    @Autowired
    DocumentService documents;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    UUID roundId;
    Caller.Stakeholder authority;
    Caller.Stakeholder sme;
    String smeAddress;
    PactVersion version;
    ProcessInstance signature;

    @BeforeEach
    void putToSignature() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Round round = launch("Pact " + suffix, List.of(
                stakeholder("Primăria Ilfov", "Elena Dobre", suffix + AUTHORITY, "PUBLIC_AUTHORITY", "ro",
                        List.of("PARTICIPANT", "REVIEWER", "SIGNATORY")),
                stakeholder("Eco SRL", "Dan Pop", suffix + SME, "SME", "ro", List.of("REVIEWER", "SIGNATORY"))));
        roundId = round.id();
        runDueJobs(roundId);
        Map<String, Caller.Stakeholder> people = stakeholders(roundId);
        authority = people.get(suffix + AUTHORITY);
        sme = people.get(suffix + SME);
        smeAddress = suffix + SME;
        tasks.submitOnly(authority, Map.of("priorities", "Energie verde", "intendsToSign", "yes"));
        tasks.submitOnly(facilitator, Map.of("pactText", "Pactul verde local, versiunea 1.", "changeSummary", "-"));
        runDueJobs(roundId);
        tasks.submitOnly(authority, Map.of("decision", "APPROVE"));
        tasks.submitOnly(sme, Map.of("decision", "APPROVE"));
        tasks.submitOnly(facilitator, Map.of("outcome", "FINALISE"));
        runDueJobs(roundId);
        version = pacts.latest(roundId).orElseThrow();
        signature = subProcess(roundId, PactSignatureProcess.KEY);
        assertThat(signature).isWaitingAt(PactSignatureProcess.TASK_SIGN_PACT);
    }

    @Test
    void shouldRecordEachConfirmedSignedCopyAsThatSignatorysSignatureAndPutThePactInForce() {
        UUID smeCopy = reply(sme, "semnat-eco.pdf", pdf("Eco SRL"));
        UUID authorityCopy = reply(authority, "semnat-primaria.pdf", pdf("Primăria Ilfov"));

        assertThat(tasks.openTaskIds(sme)).as("the copy stands in for the signatory's own task").isEmpty();
        assertThat(tasks.openTaskIds(authority)).isEmpty();
        assertThat(runtime.getVariable(signature.getId(), ProcessVariables.SIGNED_COPY_DOCUMENT_ID))
                .as("each copy stays in its signatory's scope, not the whole process").isNull();
        List<String> confirmations = tasks.openTaskIds(facilitator);
        assertThat(tasks.openTaskKeys(facilitator)).containsExactly(PactSignatureProcess.TASK_CONFIRM_SIGNED_COPY,
                PactSignatureProcess.TASK_CONFIRM_SIGNED_COPY);
        Map<String, UUID> copyOf = Map.of("Eco SRL", smeCopy, "Primăria Ilfov", authorityCopy);
        for (String task : confirmations) {
            Map<String, Object> context = tasks.context(task, facilitator);
            @SuppressWarnings("unchecked")
            Map<String, Object> copy = (Map<String, Object>) context.get("signedCopy");
            @SuppressWarnings("unchecked")
            Map<String, Object> shown = (Map<String, Object>) context.get("pactVersion");
            assertThat(copy.get("id")).as("the copy of %s", context.get("signatory"))
                    .isEqualTo(copyOf.get((String) context.get("signatory")));
            assertThat(copy.get("sha256")).isEqualTo(documents.document(roundId, (UUID) copy.get("id")).orElseThrow()
                    .sha256());
            assertThat((String) copy.get("download")).endsWith("/documents/" + copy.get("id") + "/content");
            assertThat(shown.get("sha256")).isEqualTo(version.sha256());
        }
        assertThat(auditTypes()).filteredOn("SignedCopyReceived"::equals).as("one entry per copy").hasSize(2);

        for (String task : confirmations) {
            tasks.submit(task, facilitator, Map.of("decision", "CONFIRM"));
        }
        runDueJobs(roundId);

        List<Signature> recorded = signing.signatures(version.id());
        assertThat(recorded).hasSize(2).allSatisfy(s -> {
            assertThat(s.decision()).isEqualTo(SignatureDecision.SIGN);
            assertThat(s.method()).isEqualTo(SignatureMethod.SIGNED_COPY);
            assertThat(s.sha256()).isEqualTo(version.sha256());
            assertThat(s.confirmedBy()).isEqualTo(facilitator.username());
        });
        assertThat(recorded).filteredOn(s -> s.participationId().equals(sme.participationId()))
                .singleElement().extracting(Signature::documentId).isEqualTo(smeCopy);
        assertThat(signature).isEnded().hasPassed(PactSignatureProcess.END_SIGNED_BY_COPY,
                PactSignatureProcess.END_RULE_MET);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> rounds.round(roundId).stage() == Stage.IN_FORCE);
        assertThat(auditTypes()).contains("SignedCopyConfirmed", "SignatureGiven", "PactInForce");
    }

    @Test
    void shouldAskTheSignatoryAgainWhenTheFacilitatorRejectsTheCopyWithAReason() {
        UUID copy = reply(sme, "scan.pdf", pdf("another text"));
        String confirmation = tasks.openTaskIds(facilitator).get(0);

        assertThatThrownBy(() -> tasks.submit(confirmation, facilitator, Map.of("decision", "REJECT")))
                .as("a rejection without its reason").isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .anySatisfy(err -> assertThat(err.field()).isEqualTo("reason")));
        tasks.submit(confirmation, facilitator,
                Map.of("decision", "REJECT", "reason", "Copia nu este semnată pe ultima pagină."));
        assertThat(runtime.getVariable(signature.getId(), ProcessVariables.SIGNED_COPY_REJECTION_REASON))
                .as("the reason stays in the signatory's scope").isNull();
        runDueJobs(roundId);

        assertThat(signing.signatures(version.id())).as("nothing signed").isEmpty();
        String title = rounds.round(roundId).title();
        assertThat(subjectsTo(smeAddress)).as("the signatory is told, in Romanian")
                .containsOnlyOnce("Copia semnată pentru " + title + " nu a fost acceptată");
        assertThat(org.copact.Mailbox.text(lastMailTo(smeAddress)))
                .contains("Copia nu este semnată pe ultima pagină.");
        assertThat(tasks.openTaskKeys(sme)).containsExactly(PactSignatureProcess.TASK_SIGN_PACT);
        assertThat(tasks.openTaskIds(facilitator)).isEmpty();
        assertThat(jdbc.queryForObject("select details->>'reason' from audit_entry where round_id = ?"
                + " and type = 'SignedCopyRejected'", String.class, roundId))
                .isEqualTo("Copia nu este semnată pe ultima pagină.");
        assertThat(jdbc.queryForObject("select details->>'document' from audit_entry where round_id = ?"
                + " and type = 'SignedCopyRejected'", String.class, roundId)).isEqualTo(copy.toString());

        // the signatory may now sign online, or send a better copy, which reaches a facilitator again
        UUID second = reply(sme, "scan-semnat.pdf", pdf("Eco SRL, semnat"));
        String again = tasks.openTaskIds(facilitator).get(0);
        assertThat(tasks.context(again, facilitator).get("signedCopy")).extracting("id").isEqualTo(second);
        tasks.submit(again, facilitator, Map.of("decision", "CONFIRM"));
        assertThat(subjectsTo(smeAddress)).as("a confirmed copy sends no rejection")
                .filteredOn(subject -> subject.contains("nu a fost acceptată")).hasSize(1);
        tasks.submitOnly(authority, withSigningCode(authority, Map.of("sha256", version.sha256(), "decision", "SIGN")));
        runDueJobs(roundId);

        assertThat(signature).isEnded().hasPassed(PactSignatureProcess.GATEWAY_SIGNED_COPY_CONFIRMED,
                PactSignatureProcess.END_SIGNED_BY_COPY, PactSignatureProcess.END_SIGNATORY_ANSWERED,
                PactSignatureProcess.END_RULE_MET);
        assertThat(passes(PactSignatureProcess.TASK_SIGN_PACT)).as("the SME asked twice, the authority once")
                .isEqualTo(3);
        assertThat(passes(PactSignatureProcess.TASK_CONFIRM_SIGNED_COPY)).isEqualTo(2);
        assertThat(signing.allSigned(version.id(), List.of(sme.participationId(), authority.participationId())))
                .isTrue();
    }

    @Test
    void shouldKeepAReplyWithoutPdfOrAfterTheSignatureOnRecordAndChangeNoStep() {
        UUID letter = reply(sme, "scrisoare.txt", "Vom semna luni.".getBytes(StandardCharsets.UTF_8));
        assertThat(tasks.openTaskKeys(sme)).as("a reply without PDF").containsExactly(
                PactSignatureProcess.TASK_SIGN_PACT);
        assertThat(tasks.openTaskIds(facilitator)).isEmpty();
        UUID forged = reply(sme, "fals.pdf", pdf("Eco SRL, written by someone else"), false);
        assertThat(tasks.openTaskKeys(sme)).as("a PDF matched only by its From address").containsExactly(
                PactSignatureProcess.TASK_SIGN_PACT);
        assertThat(tasks.openTaskIds(facilitator)).isEmpty();

        tasks.submitOnly(sme, withSigningCode(sme, Map.of("sha256", version.sha256(), "decision", "SIGN")));
        UUID late = reply(sme, "semnat.pdf", pdf("Eco SRL"));

        assertThat(tasks.openTaskIds(facilitator)).as("a PDF after the signatory signed").isEmpty();
        assertThat(documents.documents(roundId)).extracting(DocumentService.Document::id).contains(letter, forged,
                late);
        assertThat(auditTypes()).doesNotContain("SignedCopyReceived");
        assertThat(signing.signatures(version.id())).singleElement().extracting(Signature::method)
                .isEqualTo(SignatureMethod.LINK_AND_CODE);
    }

    /** Records a reply with one attachment as the mail-in route does, and returns the attachment's document. */
    private UUID reply(Caller.Stakeholder from, String fileName, byte[] content) {
        return reply(from, fileName, content, true);
    }

    /** vouched: as a reply to the signatory's own reply address; else matched only by its From address */
    private UUID reply(Caller.Stakeholder from, String fileName, byte[] content, boolean vouched) {
        return transaction.execute(status -> {
            UUID mailId = UUID.randomUUID();
            Instant now = Instant.now();
            jdbc.update("""
                    insert into inbound_mail (id, message_id, received_at, from_address, subject, body_text, outcome,
                        round_id, participation_id) values (?, ?, ?, ?, ?, ?, 'REPLY', ?, ?)""",
                    mailId, "<" + mailId + "@reply.example>", Timestamp.from(now), "signatory@reply.example",
                    "Re: semnătura", "Atașat pactul semnat.", roundId, from.participationId());
            UUID document = documents.add(new DocumentService.NewDocument(roundId, from.participationId(), mailId,
                    fileName, content, DocumentService.SOURCE_EMAIL, "signatory@reply.example")).document().id();
            events.publishEvent(new MailEvents.ReplyReceived(roundId, from.participationId(), mailId,
                    "Atașat pactul semnat.", List.of(document), now, vouched));
            return document;
        });
    }

    private jakarta.mail.internet.MimeMessage lastMailTo(String address) {
        List<jakarta.mail.internet.MimeMessage> mails = new org.copact.Mailbox(mail).to(address);
        return mails.get(mails.size() - 1);
    }

    private long passes(String activityId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(signature.getId())
                .activityId(activityId).count();
    }

    private List<String> auditTypes() {
        return jdbc.queryForList("select type from audit_entry where round_id = ? order by seq", String.class,
                roundId);
    }

    /** A small PDF, different for each text: Tika knows it by its content. */
    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% " + text
                + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
