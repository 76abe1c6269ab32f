package org.copact.signing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.copact.common.Sha256;
import org.copact.pact.CompletionCertificate;
import org.copact.pact.PactPdf;
import org.copact.pact.PactVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed pact: the version in force with its signature page, sealed with Copact's seal
 * ({@link PdfSeal}) once, when the pact comes into force, and kept byte for byte, so that every
 * download is the same file and its SHA-256 names it.
 */
@Service
public class SealedPacts {

    private final JdbcTemplate jdbc;
    private final PactPdf pdf;
    private final PdfSeal seal;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final ObjectMapper json;

    SealedPacts(JdbcTemplate jdbc, PactPdf pdf, PdfSeal seal, MessageSource messages,
            ApplicationEventPublisher events, Clock clock, ObjectMapper json) {
        this.json = json;
        this.jdbc = jdbc;
        this.pdf = pdf;
        this.seal = seal;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param sha256 the SHA-256 of the sealed PDF (not of the version's text, which the PDF names)
     * @param edition 1 for the pact as it came into force, then one more for each accession or withdrawal
     */
    public record SealedPact(UUID roundId, UUID pactVersionId, String sha256, Instant sealedAt, int edition) {
    }

    private static final String COLUMNS = "select round_id, pact_version_id, sha256, sealed_at, edition from sealed_pact ";

    /**
     * Seals the version in force with its signatories, once: when it was sealed before (a retried
     * step), the pact sealed then is kept and returned.
     */
    @Transactional
    public SealedPact seal(PactVersion version, String roundTitle, Locale language, ZoneId zone,
            List<PactPdf.Signatory> signatories) {
        return seal(version, roundTitle, language, zone, signatories, null);
    }

    /** As {@link #seal(PactVersion, String, Locale, ZoneId, List)}, with the certificate of completion after the signature page. */
    @Transactional
    public SealedPact seal(PactVersion version, String roundTitle, Locale language, ZoneId zone,
            List<PactPdf.Signatory> signatories, CompletionCertificate certificate) {
        Optional<SealedPact> before = sealedVersion(version.id());
        if (before.isPresent()) {
            return before.get();
        }
        Instant now = clock.instant();
        byte[] sealed = seal.seal(pdf.renderSigned(version, roundTitle, language, zone, signatories, certificate),
                messages.getMessage("pact.pdf.title", new Object[] {roundTitle, version.number()}, language), now);
        SealedPact pact = insert(version, sealed, now, 1, signatories);
        events.publishEvent(new SigningEvents.PactSealed(pact.roundId(), pact.pactVersionId(), version.sha256(),
                pact.sha256(), now));
        return pact;
    }

    /**
     * Seals the next edition of the pact in force: the same version, with the signatories as they are
     * now (the acceded added, the withdrawn marked) and the commitment sheets of those who acceded,
     * which {@code version}'s document carries. The earlier editions are kept as they were.
     */
    @Transactional
    public SealedPact sealEdition(PactVersion version, String roundTitle, Locale language, ZoneId zone,
            List<PactPdf.Signatory> signatories, CompletionCertificate certificate) {
        jdbc.queryForList("select edition from sealed_pact where pact_version_id = ? for update", Integer.class,
                version.id());
        int edition = editions(version.roundId()).stream().mapToInt(SealedPact::edition).max().orElse(0) + 1;
        Instant now = clock.instant();
        byte[] sealed = seal.seal(pdf.renderSigned(version, roundTitle, language, zone, signatories, certificate,
                edition), messages.getMessage("pact.pdf.title", new Object[] {roundTitle, version.number()}, language),
                now);
        SealedPact pact = insert(version, sealed, now, edition, signatories);
        events.publishEvent(new SigningEvents.EditionSealed(pact.roundId(), pact.pactVersionId(), edition,
                version.sha256(), pact.sha256(), now));
        return pact;
    }

    private SealedPact insert(PactVersion version, byte[] sealed, Instant now, int edition,
            List<PactPdf.Signatory> signatories) {
        SealedPact pact = new SealedPact(version.roundId(), version.id(), Sha256.hex(sealed), now, edition);
        List<String> named = signatories.stream().filter(s -> s.withdrawnAt() == null)
                .map(PactPdf.Signatory::organisation).distinct().sorted().toList();
        try {
            jdbc.update("insert into sealed_pact (pact_version_id, round_id, sha256, pdf, sealed_at, edition, "
                    + "signatories) values (?, ?, ?, ?, ?, ?, cast(? as jsonb))", pact.pactVersionId(), pact.roundId(),
                    pact.sha256(), sealed, Timestamp.from(now), edition, json.writeValueAsString(named));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The signatories of an edition could not be written", e);
        }
        return pact;
    }

    /**
     * The organisations this edition names as signatories, as it was sealed (the withdrawn left out);
     * empty for an edition sealed before editions kept them.
     */
    @Transactional(readOnly = true)
    public Optional<List<String>> signatories(UUID roundId, int edition) {
        return jdbc.query("select signatories from sealed_pact where round_id = ? and edition = ? and signatories "
                + "is not null", (row, n) -> row.getString(1), roundId, edition).stream().findFirst().map(text -> {
                    try {
                        return json.readValue(text, new TypeReference<List<String>>() { });
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("The signatories of edition " + edition + " are unreadable", e);
                    }
                });
    }

    /** The latest edition of the round's signed pact. */
    @Transactional(readOnly = true)
    public Optional<SealedPact> sealed(UUID roundId) {
        return jdbc.query(COLUMNS + "where round_id = ? order by edition desc, sealed_at desc limit 1",
                SealedPacts::row, roundId).stream().findFirst();
    }

    /** Every edition of the round's signed pact, the first first. */
    @Transactional(readOnly = true)
    public List<SealedPact> editions(UUID roundId) {
        return jdbc.query(COLUMNS + "where round_id = ? order by edition", SealedPacts::row, roundId);
    }

    /** The sealed PDF of the round's latest edition, as it was sealed. */
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(UUID roundId) {
        return jdbc.query("select pdf from sealed_pact where round_id = ? order by edition desc, sealed_at desc limit 1",
                (row, n) -> row.getBytes(1), roundId).stream().findFirst();
    }

    /** The sealed PDF of one edition, as it was sealed. */
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(UUID roundId, int edition) {
        return jdbc.query("select pdf from sealed_pact where round_id = ? and edition = ?",
                (row, n) -> row.getBytes(1), roundId, edition).stream().findFirst();
    }

    /** The sealed pact, of any edition, whose PDF has this SHA-256, if Copact sealed one. */
    @Transactional(readOnly = true)
    public Optional<SealedPact> withHash(String sha256) {
        return jdbc.query(COLUMNS + "where sha256 = ?", SealedPacts::row, sha256).stream().findFirst();
    }

    private Optional<SealedPact> sealedVersion(UUID pactVersionId) {
        return jdbc.query(COLUMNS + "where pact_version_id = ? and edition = 1", SealedPacts::row, pactVersionId)
                .stream().findFirst();
    }

    private static SealedPact row(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new SealedPact(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3),
                row.getTimestamp(4).toInstant(), row.getInt(5));
    }
}
