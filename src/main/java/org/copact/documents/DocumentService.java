package org.copact.documents;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.tika.Tika;
import org.copact.common.InvalidInputException;
import org.copact.common.Sha256;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every document that reaches a round, whichever way it came: checked the same way (size, type
 * from the content, no programs), named safely, kept with its SHA-256, and kept once.
 */
@Service
public class DocumentService {

    public static final String SOURCE_UPLOAD = "upload";
    public static final String SOURCE_EMAIL = "email";
    /** Programs and scripts: nobody signs a pact with them, and a facilitator must not open one. */
    private static final Set<String> EXECUTABLE = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-sharedlib", "application/x-elf", "application/x-mach-o-executable",
            "application/x-sh", "application/x-bat", "application/x-msi", "application/java-archive",
            "application/vnd.microsoft.portable-executable", "application/x-ms-installer", "text/x-sh",
            "application/javascript", "text/javascript", "application/x-msdos-program");
    private static final RowMapper<Document> DOCUMENT = (row, n) -> new Document(row.getObject(1, UUID.class),
            row.getObject(2, UUID.class), row.getObject(3, UUID.class), row.getString(4), row.getString(5),
            row.getLong(6), row.getString(7), row.getString(8), row.getString(9), row.getTimestamp(10).toInstant());
    private static final String COLUMNS = "id, round_id, participation_id, file_name, media_type, size_bytes, sha256,"
            + " source, added_by, added_at";
    private static final String HELD = "d.id, d.round_id, h.participation_id, h.file_name, d.media_type,"
            + " d.size_bytes, d.sha256, d.source, d.added_by, h.added_at"
            + " from document d join document_holder h on h.document_id = d.id";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final long maxBytes;
    private final Tika tika = new Tika();

    private final ApplicationEventPublisher events;

    DocumentService(JdbcTemplate jdbc, Clock clock, DocumentProperties properties, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxBytes = properties.maxSize().toBytes();
    }

    /**
     * Keeps a document of the round, or finds the one with the same bytes; refuses, with the reason
     * as a field error of {@code file}, what is empty, too large or a program.
     */
    // a refusal is an answer, not a failure: the reply that brought the document is still recorded
    @Transactional(noRollbackFor = InvalidInputException.class)
    public Added add(NewDocument document) {
        byte[] content = document.content();
        String name = SafeFileName.of(document.fileName());
        if (content == null || content.length == 0) {
            throw refused(document, name, new DocumentRefused(DocumentRefused.Reason.EMPTY, null, "is empty"));
        }
        if (content.length > maxBytes) {
            throw refused(document, name, new DocumentRefused(DocumentRefused.Reason.TOO_LARGE,
                    String.valueOf(maxBytes), "is larger than " + maxBytes + " bytes"));
        }
        String type = tika.detect(content, name);
        if (isExecutable(type)) {
            throw refused(document, name, new DocumentRefused(DocumentRefused.Reason.PROGRAM, type,
                    "is a program (" + type + "), which Copact does not keep"));
        }
        String sha256 = Sha256.hex(content);
        Optional<Document> existing = find(document.roundId(), sha256);
        if (existing.isPresent()) {
            hold(existing.get().id(), document.participationId(), name);
            noteMail(document.inboundMailId(), existing.get().id());
            published(document, existing.get(), name, false);
            return new Added(existing.get(), false);
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        int inserted = jdbc.update("""
                insert into document (id, round_id, participation_id, inbound_mail_id, file_name, media_type,
                    size_bytes, sha256, content, source, added_by, added_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (round_id, sha256) do nothing""",
                id, document.roundId(), document.participationId(), document.inboundMailId(), name, type,
                content.length, sha256, content, document.source(), document.addedBy(), Timestamp.from(now));
        Document kept = find(document.roundId(), sha256).orElseThrow();
        hold(kept.id(), document.participationId(), name);
        noteMail(document.inboundMailId(), kept.id());
        published(document, kept, name, inserted == 1);
        return new Added(kept, inserted == 1);
    }

    private void published(NewDocument document, Document kept, String name, boolean isNew) {
        events.publishEvent(new DocumentEvents.DocumentAdded(document.roundId(), kept.id(), document.participationId(),
                name, kept.sha256(), document.source(), document.addedBy(), isNew, clock.instant()));
    }

    /**
     * A file that came by mail is refused in the sender's absence: it is kept as refused, with why,
     * for the round's facilitators ({@link #refusals}). Whoever uploads is told on the spot.
     */
    private DocumentRefused refused(NewDocument document, String name, DocumentRefused refusal) {
        if (document.inboundMailId() != null) {
            jdbc.update("""
                    insert into refused_document (id, round_id, participation_id, inbound_mail_id, file_name, reason,
                        detail, refused_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), document.roundId(),
                    document.participationId(), document.inboundMailId(), name, refusal.reason().name(),
                    refusal.argument(), Timestamp.from(clock.instant()));
        }
        return refusal;
    }

    /** The files of the round's mail that Copact did not keep, oldest first, each with why. */
    @Transactional(readOnly = true)
    public List<Refusal> refusals(UUID roundId) {
        return jdbc.query("""
                select file_name, reason, detail, participation_id, inbound_mail_id, refused_at from refused_document
                where round_id = ? order by refused_at, file_name""", (row, n) -> new Refusal(row.getString(1),
                DocumentRefused.Reason.valueOf(row.getString(2)), row.getString(3), row.getObject(4, UUID.class),
                row.getObject(5, UUID.class), row.getTimestamp(6).toInstant()), roundId);
    }

    /**
     * The participation that brought these bytes holds the document, under the name it gave them,
     * even when another brought them first: it sees neither the other's name nor that there was one.
     */
    private void hold(UUID documentId, UUID participationId, String fileName) {
        if (participationId != null) {
            jdbc.update("""
                    insert into document_holder (document_id, participation_id, file_name, added_at)
                    values (?, ?, ?, ?) on conflict do nothing""", documentId, participationId, fileName,
                    Timestamp.from(clock.instant()));
        }
    }

    /**
     * The documents a stakeholder brought (uploaded, or attached to their emails), newest first,
     * each under the name they gave it and with the time they brought it.
     */
    @Transactional(readOnly = true)
    public List<Document> heldBy(UUID participationId) {
        return jdbc.query("select " + HELD + " where h.participation_id = ? order by h.added_at desc, h.file_name",
                DOCUMENT, participationId);
    }

    /** The document, as {@link #heldBy(UUID)} shows it, if this participation brought it. */
    @Transactional(readOnly = true)
    public Optional<Document> heldBy(UUID participationId, UUID documentId) {
        return jdbc.query("select " + HELD + " where h.participation_id = ? and d.id = ?", DOCUMENT, participationId,
                documentId).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Document> document(UUID documentId) {
        return jdbc.query("select " + COLUMNS + " from document where id = ?", DOCUMENT, documentId).stream()
                .findFirst();
    }

    /** The bytes of a document, for whoever the caller has already found may read it. */
    @Transactional(readOnly = true)
    public byte[] content(UUID documentId) {
        return jdbc.queryForObject("select content from document where id = ?", byte[].class, documentId);
    }

    /** The document, if it is one of this round's. */
    @Transactional(readOnly = true)
    public Optional<Document> document(UUID roundId, UUID documentId) {
        return document(documentId).filter(found -> found.roundId().equals(roundId));
    }

    /** The documents a mail carried, new to the round or not, in the order the mail carried them. */
    @Transactional(readOnly = true)
    public List<Document> documentsOfMail(UUID inboundMailId) {
        return jdbc.query("select " + prefixed("d") + " from inbound_mail_document m"
                + " join document d on d.id = m.document_id where m.inbound_mail_id = ?"
                + " order by m.seq", DOCUMENT, inboundMailId);
    }

    private void noteMail(UUID inboundMailId, UUID documentId) {
        if (inboundMailId != null) {
            jdbc.update("insert into inbound_mail_document (inbound_mail_id, document_id) values (?, ?)"
                    + " on conflict do nothing", inboundMailId, documentId);
        }
    }

    private static String prefixed(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    @Transactional(readOnly = true)
    public List<Document> documents(UUID roundId) {
        return jdbc.query("select " + COLUMNS + " from document where round_id = ? order by added_at, file_name",
                DOCUMENT, roundId);
    }

    /**
     * The documents of the round, as {@link #documents(UUID)} lists them, each with every stakeholder
     * who brought its bytes and the name each gave them, first come first: when two send the same
     * file, the facilitators see both, not only the first.
     */
    @Transactional(readOnly = true)
    public List<RoundDocument> withHolders(UUID roundId) {
        Map<UUID, List<Holder>> holders = new HashMap<>();
        jdbc.query("""
                select h.document_id, h.participation_id, h.file_name, h.added_at from document_holder h
                join document d on d.id = h.document_id where d.round_id = ? order by h.added_at, h.file_name""",
                (RowCallbackHandler) row -> holders.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>())
                        .add(new Holder(row.getObject(2, UUID.class), row.getString(3),
                                row.getTimestamp(4).toInstant())),
                roundId);
        return documents(roundId).stream().map(d -> new RoundDocument(d.id(), d.roundId(), d.participationId(),
                d.fileName(), d.mediaType(), d.sizeBytes(), d.sha256(), d.source(), d.addedBy(), d.addedAt(),
                holders.getOrDefault(d.id(), List.of()))).toList();
    }

    private Optional<Document> find(UUID roundId, String sha256) {
        return jdbc.query("select " + COLUMNS + " from document where round_id = ? and sha256 = ?", DOCUMENT,
                roundId, sha256).stream().findFirst();
    }

    static boolean isExecutable(String mediaType) {
        String base = mediaType.split(";")[0].trim();
        return EXECUTABLE.contains(base) || base.contains("executable");
    }

    /** What arrives: the bytes and the name its sender gave them, for a round. */
    public record NewDocument(UUID roundId, UUID participationId, UUID inboundMailId, String fileName, byte[] content,
            String source, String addedBy) {
    }

    public record Document(UUID id, UUID roundId, UUID participationId, String fileName, String mediaType,
            long sizeBytes, String sha256, String source, String addedBy, Instant addedAt) {
    }

    /** A file Copact did not keep; {@code detail} as {@link DocumentRefused#argument()}. */
    public record Refusal(String fileName, DocumentRefused.Reason reason, String detail, UUID participationId,
            UUID inboundMailId, Instant refusedAt) {
    }

    /**
     * A document of the round with those who brought it.
     *
     * @param participationId the participation that brought it first (null: a facilitator uploaded it)
     * @param holders every participation that brought these bytes, with the name it gave them
     */
    public record RoundDocument(UUID id, UUID roundId, UUID participationId, String fileName, String mediaType,
            long sizeBytes, String sha256, String source, String addedBy, Instant addedAt, List<Holder> holders) {
    }

    /** A participation that brought a document, the name it gave it and when. */
    public record Holder(UUID participationId, String fileName, Instant addedAt) {
    }

    /** The document, and whether it is new to the round. */
    public record Added(Document document, boolean isNew) {
    }
}
