package org.copact.audit;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.common.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Proves one entry of a round's record against a signed checkpoint ({@link EntryProof}). */
@Service
class InclusionProofs {

    private final AuditLog log;
    private final Checkpoints checkpoints;
    private final AuditKey key;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    InclusionProofs(AuditLog log, Checkpoints checkpoints, AuditKey key, JdbcClient jdbc, MessageSource messages) {
        this.log = log;
        this.checkpoints = checkpoints;
        this.key = key;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /**
     * The proof of entry {@code seq} (text, as asked) in the checkpoint of {@code treeSize} entries,
     * or in the latest when none is asked; a wrong number is a field error in the caller's language.
     */
    @Transactional(readOnly = true)
    EntryProof proof(UUID roundId, String seqText, String treeSizeText, Locale locale) {
        int latest = jdbc.sql("select coalesce(max(tree_size), 0) from audit_checkpoint where round_id = :round")
                .param("round", roundId).query(Integer.class).single();
        int seq = number("seq", seqText, 1, Integer.MAX_VALUE, locale);
        List<AuditEntry> entries = log.entries(roundId);
        if (seq > entries.size()) {
            throw NotFoundException.coded("problem.notFound.auditEntry", seq);
        }
        int treeSize = treeSizeText == null || treeSizeText.isBlank() ? Math.max(latest, seq)
                : number("treeSize", treeSizeText, seq, Math.max(seq, Math.min(latest, entries.size())), locale);
        Checkpoint checkpoint = checkpoints.of(roundId).stream().filter(c -> c.treeSize() == treeSize)
                .reduce((earlier, later) -> later)
                .orElseThrow(() -> NotFoundException.coded("problem.notFound.checkpoint", treeSize));
        if (treeSize > entries.size()) {
            // the checkpoint covers entries that are gone: no path can be computed, verification says why
            throw NotFoundException.coded("problem.notFound.checkpoint", treeSize);
        }
        List<String> hashes = entries.stream().map(AuditEntry::hash).toList();
        AuditEntry entry = entries.get(seq - 1);
        return new EntryProof(EntryProof.FORMAT, roundId, seq, seq - 1, treeSize, entry,
                HexFormat.of().formatHex(MerkleTree.leaf(HexFormat.of().parseHex(entry.hash()))),
                MerkleTree.path(hashes, seq - 1, treeSize).stream().map(HexFormat.of()::formatHex).toList(),
                checkpoint, key.keyId(), Checkpoint.pem(key.publicKey()));
    }

    private int number(String field, String text, int min, int max, Locale locale) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(List.of(new FieldError(field, messages.getMessage("staff.history.error.number",
                new Object[] {min, max == Integer.MAX_VALUE ? "…" : String.valueOf(max)}, locale))));
    }
}
