package org.copact.signing;

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

    SealedPacts(JdbcTemplate jdbc, PactPdf pdf, PdfSeal seal, MessageSource messages,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.pdf = pdf;
        this.seal = seal;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** @param sha256 the SHA-256 of the sealed PDF (not of the version's text, which the PDF names) */
    public record SealedPact(UUID roundId, UUID pactVersionId, String sha256, Instant sealedAt) {
    }

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
        SealedPact pact = new SealedPact(version.roundId(), version.id(), Sha256.hex(sealed), now);
        jdbc.update("insert into sealed_pact (pact_version_id, round_id, sha256, pdf, sealed_at) values (?, ?, ?, ?, ?)",
                pact.pactVersionId(), pact.roundId(), pact.sha256(), sealed, Timestamp.from(now));
        events.publishEvent(new SigningEvents.PactSealed(pact.roundId(), pact.pactVersionId(), version.sha256(),
                pact.sha256(), now));
        return pact;
    }

    @Transactional(readOnly = true)
    public Optional<SealedPact> sealed(UUID roundId) {
        return jdbc.query("select round_id, pact_version_id, sha256, sealed_at from sealed_pact where round_id = ? "
                + "order by sealed_at desc limit 1", (row, n) -> new SealedPact(row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class), row.getString(3), row.getTimestamp(4).toInstant()), roundId)
                .stream().findFirst();
    }

    /** The sealed PDF of the round, as it was sealed. */
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(UUID roundId) {
        return jdbc.query("select pdf from sealed_pact where round_id = ? order by sealed_at desc limit 1",
                (row, n) -> row.getBytes(1), roundId).stream().findFirst();
    }

    /** The sealed pact whose PDF has this SHA-256, if Copact sealed one. */
    @Transactional(readOnly = true)
    public Optional<SealedPact> withHash(String sha256) {
        return jdbc.query("select round_id, pact_version_id, sha256, sealed_at from sealed_pact where sha256 = ?",
                (row, n) -> new SealedPact(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getString(3), row.getTimestamp(4).toInstant()), sha256).stream().findFirst();
    }

    private Optional<SealedPact> sealedVersion(UUID pactVersionId) {
        return jdbc.query("select round_id, pact_version_id, sha256, sealed_at from sealed_pact "
                + "where pact_version_id = ?", (row, n) -> new SealedPact(row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class), row.getString(3), row.getTimestamp(4).toInstant()),
                pactVersionId).stream().findFirst();
    }
}
