package org.copact.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.common.Sha256;
import org.copact.round.RoundService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A document's SHA-256, read a slice at a time, is that of all its bytes, whatever its size against
 * the slice; and of the bytes as they are now, not as they came.
 */
class DocumentDigestsTests extends HttpTestSupport {

    private static final int SLICE = 1000;

    @Autowired
    DocumentService documents;
    @Autowired
    RoundService rounds;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldHashEveryByteWhateverTheSizeAgainstTheSlice() throws SQLException {
        UUID round = rounds.define(TestRounds.round("Digests", List.of(TestRounds.stakeholder("Primăria", "Ana",
                "ana-" + UUID.randomUUID() + "@digest.example", "PUBLIC_AUTHORITY", "ro", TestRounds.ALL_ROLES))),
                facilitator).id();
        DocumentDigests sliced = new DocumentDigests(jdbc, SLICE);
        Random random = new Random(3);
        for (int size : new int[] {1, SLICE - 1, SLICE, SLICE + 1, 3 * SLICE + 7}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            DocumentService.Document document = documents.add(new DocumentService.NewDocument(round, null, null,
                    "data-" + size + ".bin", bytes, DocumentService.SOURCE_UPLOAD, facilitator.username())).document();
            assertThat(sliced.sha256(document.id())).as("%d bytes", size).isEqualTo(Sha256.hex(bytes))
                    .isEqualTo(document.sha256().trim());
            if (size > SLICE) {
                changeByte(document.id(), SLICE);
                assertThat(sliced.sha256(document.id())).as("a byte of its second slice changed")
                        .isNotEqualTo(Sha256.hex(bytes));
            }
        }
    }

    /** as the database's superuser, past the trigger that keeps documents as they came */
    private void changeByte(UUID document, int index) throws SQLException {
        try (Connection c = superuser().getConnection(); Statement sql = c.createStatement()) {
            sql.execute("set session_replication_role = replica");
            sql.execute("update document set content = set_byte(content, " + index + ", (get_byte(content, " + index
                    + ") + 1) % 256) where id = '" + document + "'");
        }
    }
}
