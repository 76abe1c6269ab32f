package org.copact.process;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.copact.pact.PactService;
import org.copact.process.signature.SignatureRules;
import org.copact.pact.PactVersion;
import org.copact.pact.PactPdf;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.round.Stage;
import org.copact.signing.SealedPacts;
import org.copact.signing.Signature;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningService;
import org.copact.stakeholder.Contact;
import org.copact.stakeholder.Participations;
import org.springframework.stereotype.Component;

/** Called from {@code co-creation-round.bpmn} as the round enters each stage and when it is signed. */
@Component("roundStages")
public class RoundStages {

    private final RoundService rounds;
    private final PactService pacts;
    private final SigningService signing;
    private final Participations participations;
    private final SealedPacts sealedPacts;
    private final SignatureRules signatureRules;
    private final CompletionCertificates certificates;

    RoundStages(RoundService rounds, PactService pacts, SigningService signing,
            Participations participations, SealedPacts sealedPacts, SignatureRules signatureRules,
            CompletionCertificates certificates) {
        this.signatureRules = signatureRules;
        this.certificates = certificates;
        this.rounds = rounds;
        this.pacts = pacts;
        this.signing = signing;
        this.participations = participations;
        this.sealedPacts = sealedPacts;
    }

    public void enterConsultation(String roundId) {
        enter(roundId, Stage.CONSULTATION);
    }

    public void enterDrafting(String roundId) {
        enter(roundId, Stage.DRAFTING);
    }

    public void enterReview(String roundId) {
        enter(roundId, Stage.REVIEW);
    }

    public void enterSignature(String roundId) {
        enter(roundId, Stage.SIGNATURE);
    }

    /**
     * The signing rule checked against the recorded signatures, not only the path the process took:
     * if they disagree the step fails and shows as an incident instead of declaring a pact in force.
     */
    public void putInForce(String roundId) {
        UUID id = UUID.fromString(roundId);
        PactVersion version = pacts.latest(id)
                .orElseThrow(() -> new IllegalStateException("Round " + roundId + " has no pact version"));
        if (!signatureRules.metForLatest(roundId, version.id())) {
            throw new IllegalStateException("The signatures of version " + version.number() + " of round " + roundId
                    + " do not meet its signing rule");
        }
        rounds.markSigned(id);
    }

    /**
     * Seals the pact in force with its signature page (each signatory's organisation, name,
     * category, how and when they signed) and its certificate of completion, in the pact's language
     * and the round's time zone.
     */
    public void sealPact(String roundId) {
        Round round = rounds.round(UUID.fromString(roundId));
        PactVersion version = pacts.latest(round.id())
                .orElseThrow(() -> new IllegalStateException("Round " + roundId + " has no pact version"));
        List<PactPdf.Signatory> signatories = signing.signatures(version.id()).stream()
                .filter(signature -> signature.decision() == SignatureDecision.SIGN)
                .sorted(Comparator.comparing(Signature::createdAt))
                .map(signature -> {
                    Contact contact = participations.find(signature.participationId())
                            .orElseThrow(() -> new IllegalStateException("No participation "
                                    + signature.participationId())).contact();
                    return new PactPdf.Signatory(contact.organisation(), contact.contactName(),
                            contact.category().name(), signature.method().name(), signature.createdAt());
                })
                .toList();
        sealedPacts.seal(version, round.title(), round.defaultLanguage().locale(), round.timeZone(), signatories,
                certificates.of(version));
    }

    private void enter(String roundId, Stage stage) {
        rounds.enterStage(UUID.fromString(roundId), stage);
    }
}
