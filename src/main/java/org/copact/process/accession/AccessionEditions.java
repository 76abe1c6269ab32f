package org.copact.process.accession;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copact.pact.PactDocument;
import org.copact.pact.PactPdf;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.process.CompletionCertificates;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.signing.AccessionStatus;
import org.copact.signing.Accessions;
import org.copact.signing.SealedPacts;
import org.copact.signing.Signature;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningService;
import org.copact.signing.Withdrawals;
import org.copact.stakeholder.Contact;
import org.copact.stakeholder.Participations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next edition of a pact in force, after an accession or a withdrawal: the version in force as it
 * is (its number and SHA-256 do not change), the commitment sheets of those who acceded after the
 * signatories' own, a signature page with every signature of the version (the withdrawn marked, with
 * the date), and the certificate of completion as it stands now. Called from {@code pact-accession.bpmn}.
 */
@Component("accessionEditions")
public class AccessionEditions {

    private final RoundService rounds;
    private final PactService pacts;
    private final SigningService signing;
    private final Accessions accessions;
    private final Withdrawals withdrawals;
    private final Participations participations;
    private final SealedPacts sealedPacts;
    private final CompletionCertificates certificates;

    AccessionEditions(RoundService rounds, PactService pacts, SigningService signing, Accessions accessions,
            Withdrawals withdrawals, Participations participations, SealedPacts sealedPacts,
            CompletionCertificates certificates) {
        this.rounds = rounds;
        this.pacts = pacts;
        this.signing = signing;
        this.accessions = accessions;
        this.withdrawals = withdrawals;
        this.participations = participations;
        this.sealedPacts = sealedPacts;
        this.certificates = certificates;
    }

    @Transactional
    public SealedPacts.SealedPact seal(String roundId) {
        Round round = rounds.round(UUID.fromString(roundId));
        PactVersion version = pacts.latest(round.id())
                .orElseThrow(() -> new IllegalStateException("Round " + roundId + " has no pact version"));
        Map<UUID, Instant> withdrawn = withdrawals.of(round.id()).stream()
                .collect(Collectors.toMap(Withdrawals.Withdrawal::participationId, Withdrawals.Withdrawal::at));
        List<PactPdf.Signatory> signatories = signing.signatures(version.id()).stream()
                .filter(signature -> signature.decision() == SignatureDecision.SIGN)
                .sorted(Comparator.comparing(Signature::createdAt))
                .map(signature -> {
                    Contact contact = participations.participation(signature.participationId()).contact();
                    return new PactPdf.Signatory(contact.organisation(), contact.contactName(),
                            contact.category().name(), signature.method().name(), signature.createdAt(),
                            withdrawn.get(signature.participationId()));
                })
                .toList();
        List<PactDocument.CommitmentSheet> acceded = accessions.ofRound(round.id()).stream()
                .filter(accession -> accession.status() == AccessionStatus.SIGNED)
                .filter(accession -> accession.pactVersionId().equals(version.id()))
                .map(accession -> new PactDocument.CommitmentSheet(accession.participationId(),
                        participations.participation(accession.participationId()).contact().organisation(),
                        accession.commitments()))
                .toList();
        PactDocument document = version.document();
        PactVersion edition = new PactVersion(version.id(), version.roundId(), version.number(), version.sha256(),
                version.text(), version.changeSummary(), version.createdBy(), version.createdAt(),
                new PactDocument(document.title(), document.preamble(), document.objectives(), document.clauses(),
                        document.authorityCommitments(),
                        Stream.concat(document.sheets().stream(), acceded.stream()).toList()));
        return sealedPacts.sealEdition(edition, round.title(), round.defaultLanguage().locale(), round.timeZone(),
                signatories, certificates.of(version));
    }

    /** when the latest edition of the round's signed pact was sealed */
    public java.util.Optional<Instant> latestSealedAt(UUID roundId) {
        return sealedPacts.sealed(roundId).map(SealedPacts.SealedPact::sealedAt);
    }
}
