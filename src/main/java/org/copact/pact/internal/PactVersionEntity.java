package org.copact.pact.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Instant;
import java.util.UUID;
import org.copact.common.AbstractEntity;
import org.copact.common.Sha256;
import org.copact.pact.PactCanonicalForm;
import org.copact.pact.PactDocument;
import org.copact.pact.PactTexts;
import org.copact.pact.PactVersion;
import org.hibernate.annotations.Immutable;

/**
 * One text of a pact, fixed for ever once published: it has no setter, Hibernate never updates
 * it, and the database refuses an update or a delete (see the migration). Its SHA-256, taken over
 * the canonical form of its document, is what a signatory signs; versions from before structured
 * pacts have only a text, which their SHA-256 was taken over. Outside the pact module it is seen as a {@link PactVersion}.
 */
@Entity(name = "PactVersion")
@Immutable
@Table(name = "pact_version")
public class PactVersionEntity extends AbstractEntity {

    @Column(name = "round_id", nullable = false)
    private UUID roundId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(columnDefinition = "text")
    private String document;

    @Column(name = "change_summary")
    private String changeSummary;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PactVersionEntity() {
    }

    /** A version of a structured pact: kept in its canonical form, which its SHA-256 is taken over. */
    public PactVersionEntity(UUID roundId, int number, PactDocument document, String changeSummary, String createdBy,
            Instant createdAt) {
        this.roundId = roundId;
        this.number = number;
        this.document = PactCanonicalForm.write(document);
        this.text = canonical(PactTexts.markdown(document));
        this.changeSummary = changeSummary;
        this.sha256 = Sha256.hex(this.document);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /**
     * The form in which a text is stored and hashed: Unicode NFC and Unix line ends, so that the same
     * words give the same hash whichever keyboard, browser or mail client they came through.
     */
    public static String canonical(String text) {
        return Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC).strip();
    }

    public PactVersion snapshot() {
        PactDocument structured = document == null ? PactTexts.imported(null, text, null) : PactCanonicalForm.read(document);
        return new PactVersion(getId(), roundId, number, sha256, text, changeSummary, createdBy, createdAt, structured);
    }

    public UUID getRoundId() {
        return roundId;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    /** the canonical form of its document, as stored; null for a version from before structured pacts */
    public String getDocument() {
        return document;
    }

    public String getChangeSummary() {
        return changeSummary;
    }

    public String getSha256() {
        return sha256;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
