package org.copact.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SHA-256 of a document's bytes as they are stored now, read a slice at a time (the JDBC driver
 * reads a bytea whole): verifying a round with large documents holds one slice, never a document,
 * and never all of them. Slices of a column stored without compression (V116) are read from the
 * database's TOAST slices directly.
 */
@Service
public class DocumentDigests {

    static final int SLICE = 1 << 20;

    private final JdbcTemplate jdbc;
    private final int slice;

    @Autowired
    DocumentDigests(JdbcTemplate jdbc) {
        this(jdbc, SLICE);
    }

    DocumentDigests(JdbcTemplate jdbc, int slice) {
        this.jdbc = jdbc;
        this.slice = slice;
    }

    /** lower-case hex, in the caller's transaction (or a read-only one), so every slice is of the same bytes */
    @Transactional(readOnly = true)
    public String sha256(UUID documentId) {
        long length = jdbc.queryForObject("select octet_length(content) from document where id = ?", Long.class,
                documentId);
        MessageDigest digest = sha256();
        for (long from = 0; from < length; from += slice) {
            // substring counts from 1
            digest.update(jdbc.queryForObject("select substring(content from ? for ?) from document where id = ?",
                    byte[].class, Math.toIntExact(from + 1), slice, documentId));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
