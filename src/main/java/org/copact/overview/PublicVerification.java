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
     * @param signedBy the organisations the sealed edition names as signatories (for a version: its latest
     *        edition), once it is in force
     * @param edition the sealed edition the file is, for a sealed pact
     * @param editions every edition of the version in force, each with the signatories it was sealed with
     * @param timeZone the round's, in which its pages show these times
     */
    record Match(String round, int version, String versionSha256, Instant publishedAt, Instant inForceSince,
            Instant sealedAt, List<String> signedBy, Integer edition, List<Edition> editions, ZoneId timeZone) {
    }

    /** One edition of a signed pact: the SHA-256 of its PDF, when it was sealed, whom it names. */
    record Edition(int edition, String sha256, Instant sealedAt, List<String> signedBy) {
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
                    .filter(s -> s.pactVersionId().equals(version.id())).orElse(null), false));
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
                        List.of(match(pacts.version(sealed.pactVersionId()), sealed, true))))
                .orElseGet(() -> new Answer(hash, Kind.UNKNOWN, List.of()));
    }

    /**
     * @param sealed the edition the file is ({@code asFile}), or the latest edition of the version; null
     *        when the version was not sealed
     */
    private Match match(PactVersion version, SealedPacts.SealedPact sealed, boolean asFile) {
        Round round = rounds.round(version.roundId());
        boolean inForce = round.status() == RoundStatus.SIGNED
                && pacts.latest(round.id()).map(latest -> latest.id().equals(version.id())).orElse(false);
        List<Edition> editions = !inForce ? List.of() : sealedPacts.editions(round.id()).stream()
                .filter(e -> e.pactVersionId().equals(version.id()))
                .map(e -> new Edition(e.edition(), e.sha256(), e.sealedAt(), signedBy(e, version))).toList();
        List<String> signedBy = !inForce ? List.of() : sealed == null ? signedNow(version) : signedBy(sealed, version);
        return new Match(round.title(), version.number(), version.sha256(), version.createdAt(),
                inForce ? round.signedAt() : null, sealed == null ? null : sealed.sealedAt(), signedBy,
                asFile ? sealed.edition() : null, editions, round.timeZone());
    }

    /** as the edition was sealed; an edition sealed before editions kept their signatories, as signed now */
    private List<String> signedBy(SealedPacts.SealedPact edition, PactVersion version) {
        return sealedPacts.signatories(edition.roundId(), edition.edition()).orElseGet(() -> signedNow(version));
    }

    private List<String> signedNow(PactVersion version) {
        return signing.signatures(version.id()).stream()
                .filter(signature -> signature.decision() == SignatureDecision.SIGN)
                .map(signature -> participations.find(signature.participationId())
                        .map(participation -> participation.contact().organisation()).orElse("?"))
                .distinct().sorted().toList();
    }
}
