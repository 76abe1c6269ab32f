package org.copact.overview;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copact.common.Sha256;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.round.RoundStatus;
import org.copact.signing.SealedPacts;
import org.copact.signing.SignatureDecision;
import org.copact.signing.SigningService;
import org.copact.stakeholder.Participations;
import org.springframework.stereotype.Component;

/**
 * What anyone may learn of a file or a SHA-256 without logging in: whether it is the signed pact
 * Copact sealed, or a version of a pact, of which round, in force since when and signed by which
 * organisations. Nothing more: no person's name or address, no answer, no comment.
 */
@Component
class PublicVerification {

    /** SEALED_PACT: the very file Copact sealed; PACT_VERSION: the SHA-256 of a version's text */
    enum Kind { SEALED_PACT, PACT_VERSION, UNKNOWN }

    /**
     * @param inForceSince when the round's pact came into force, if this is the version in force
     * @param signedBy the organisations that signed this version, once it is in force
     * @param timeZone the round's, in which its pages show these times
     */
    record Match(String round, int version, String versionSha256, Instant publishedAt, Instant inForceSince,
            Instant sealedAt, List<String> signedBy, ZoneId timeZone) {
    }

    record Answer(String sha256, Kind kind, List<Match> matches) {
    }

    private final SealedPacts sealedPacts;
    private final PactService pacts;
    private final RoundService rounds;
    private final SigningService signing;
    private final Participations participations;

    PublicVerification(SealedPacts sealedPacts, PactService pacts, RoundService rounds, SigningService signing,
            Participations participations) {
        this.sealedPacts = sealedPacts;
        this.pacts = pacts;
        this.rounds = rounds;
        this.signing = signing;
        this.participations = participations;
    }

    /** sha256: 64 hexadecimal characters, in either case */
    Answer ofHash(String sha256) {
        String hash = sha256.toLowerCase(Locale.ROOT);
        Answer asFile = ofFileHash(hash);
        if (asFile.kind() == Kind.SEALED_PACT) {
            return asFile;
        }
        List<Match> versions = new ArrayList<>();
        for (PactVersion version : pacts.versionsWithHash(hash)) {
            versions.add(match(version, sealedPacts.sealed(version.roundId())
                    .filter(s -> s.pactVersionId().equals(version.id())).map(SealedPacts.SealedPact::sealedAt)
                    .orElse(null)));
        }
        return new Answer(hash, versions.isEmpty() ? Kind.UNKNOWN : Kind.PACT_VERSION, versions);
    }

    /** A file is known only as the sealed pact, byte for byte: a version's PDF is made anew on each download. */
    Answer ofFile(byte[] pdf) {
        return ofFileHash(Sha256.hex(pdf));
    }

    private Answer ofFileHash(String hash) {
        return sealedPacts.withHash(hash)
                .map(sealed -> new Answer(hash, Kind.SEALED_PACT,
                        List.of(match(pacts.version(sealed.pactVersionId()), sealed.sealedAt()))))
                .orElseGet(() -> new Answer(hash, Kind.UNKNOWN, List.of()));
    }

    private Match match(PactVersion version, Instant sealedAt) {
        Round round = rounds.round(version.roundId());
        boolean inForce = round.status() == RoundStatus.SIGNED
                && pacts.latest(round.id()).map(latest -> latest.id().equals(version.id())).orElse(false);
        List<String> signedBy = !inForce ? List.of() : signing.signatures(version.id()).stream()
                .filter(signature -> signature.decision() == SignatureDecision.SIGN)
                .map(signature -> participations.find(signature.participationId())
                        .map(participation -> participation.contact().organisation()).orElse("?"))
                .distinct().sorted().toList();
        return new Match(round.title(), version.number(), version.sha256(), version.createdAt(),
                inForce ? round.signedAt() : null, sealedAt, signedBy, round.timeZone());
    }
}
