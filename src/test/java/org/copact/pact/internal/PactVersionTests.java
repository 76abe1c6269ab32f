package org.copact.pact.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.copact.pact.PactTexts;
import org.junit.jupiter.api.Test;

/** The same words give the same SHA-256 whichever keyboard, browser or mail client they came through. */
class PactVersionTests {

    private static final UUID ROUND = UUID.fromString("6f1c2a4e-0b7d-4c55-9a43-2f9e8d7c6b5a");
    private static final Instant AT = Instant.parse("2026-03-20T09:30:00Z");

    // ---- canonical text ----

    @Test
    void shouldTurnWindowsAndOldMacLineEndsIntoUnixOnes() {
        assertThat(PactVersionEntity.canonical("Preambul\r\nArticolul 1\rArticolul 2\nArticolul 3"))
                .isEqualTo("Preambul\nArticolul 1\nArticolul 2\nArticolul 3");
        assertThat(PactVersionEntity.canonical("a\r\n\r\nb")).isEqualTo("a\n\nb");
        assertThat(PactVersionEntity.canonical("a\n\rb")).isEqualTo("a\n\nb");
    }

    @Test
    void shouldComposeDecomposedLettersSoBothSpellingsAreOneText() {
        String decomposed = "Pactul verde al ora\u0219ului Buz\u0103u: reducerea de\u0219eurilor cu 30 %"
                .replace("\u0103", "a\u0306").replace("\u0219", "s\u0326");
        String composed = "Pactul verde al ora\u0219ului Buz\u0103u: reducerea de\u0219eurilor cu 30 %";

        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(PactVersionEntity.canonical(decomposed)).isEqualTo(composed);
        assertThat(PactVersionEntity.canonical("a\u0306")).isEqualTo("\u0103").hasSize(1);
        assertThat(PactVersionEntity.canonical("\u03b1\u0301")).isEqualTo("\u03ac"); // Greek alpha with tonos
        assertThat(PactVersionEntity.canonical("\u0438\u0306")).isEqualTo("\u0439"); // Cyrillic short i
    }

    @Test
    void shouldStripBlankSpaceAroundTheTextButKeepItInside() {
        assertThat(PactVersionEntity.canonical("\n\n  \tArticolul 1\n\n  Semnatarii se angajează. \t\r\n\r\n"))
                .isEqualTo("Articolul 1\n\n  Semnatarii se angajează.");
    }

    @Test
    void shouldLeaveAnAlreadyCanonicalTextUnchanged() {
        String text = "Articolul 1 – Obiective\n\nReducerea emisiilor cu 55 % până în 2030.";

        assertThat(PactVersionEntity.canonical(text)).isEqualTo(text);
        assertThat(PactVersionEntity.canonical(PactVersionEntity.canonical(text + "\r\n"))).isEqualTo(text);
    }

    // ---- the hash of a version ----

    /** A version of one clause of this text, as a facilitator would paste it. */
    private static PactVersionEntity version(int number, String text) {
        return new PactVersionEntity(ROUND, number, PactTexts.imported("Pact", text, null), null, "staff:a", AT);
    }

    @Test
    void shouldStoreTheCanonicalFormOfTheDocumentAndNameItByItsSha256() {
        PactVersionEntity version = new PactVersionEntity(ROUND, 2, PactTexts.imported("Pact",
                "  Articolul 1\r\nBuz" + "a\u0306" + "u\r\n", null), "Clause 1 added", "staff:facilitator-ro", AT);

        String canonical = "{\"authorityCommitments\":[],\"clauses\":[{\"id\":\"c-1\",\"text\":\"Articolul 1\\nBuz\u0103u\"}],"
                + "\"format\":\"copact-pact/1\",\"objectives\":[],\"sheets\":[],\"title\":\"Pact\"}";
        assertThat(version.snapshot().document().clauses().get(0).text()).isEqualTo("Articolul 1\nBuz\u0103u");
        assertThat(version.getSha256()).isEqualTo(sha256(canonical));
        assertThat(version.getText()).isEqualTo("# Pact\n\n## 1.\n\nArticolul 1\nBuz\u0103u");
        assertThat(version.getRoundId()).isEqualTo(ROUND);
        assertThat(version.getNumber()).isEqualTo(2);
        assertThat(version.getChangeSummary()).isEqualTo("Clause 1 added");
        assertThat(version.getCreatedBy()).isEqualTo("staff:facilitator-ro");
        assertThat(version.getCreatedAt()).isEqualTo(AT);
    }

    @Test
    void shouldGiveTheSameHashForBothSpellingsAndEveryLineEnd() {
        String nfc = "Pactul verde local Măgurele\nArticolul 1: eficiență energetică";
        String nfd = java.text.Normalizer.normalize(nfc, java.text.Normalizer.Form.NFD);
        String windows = " " + nfd.replace("\n", "\r\n") + "\r\n";

        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(version(1, nfd).getSha256()).isEqualTo(version(1, nfc).getSha256());
        assertThat(version(1, windows).getSha256()).isEqualTo(version(1, nfc).getSha256());
    }

    @Test
    void shouldHashTheCanonicalFormAsUtf8() {
        String text = "Σύμφωνο πράσινης ανάπτυξης — Пакт за зелена сделка — Pactul verde";
        String canonical = "{\"authorityCommitments\":[],\"clauses\":[{\"id\":\"c-1\",\"text\":\"" + text + "\"}],"
                + "\"format\":\"copact-pact/1\",\"objectives\":[],\"sheets\":[],\"title\":\"Pact\"}";

        assertThat(version(1, text).getSha256()).isEqualTo(sha256(canonical)).matches("[0-9a-f]{64}");
    }

    @Test
    void shouldGiveADifferentHashWhenOneWordChanges() {
        PactVersionEntity before = version(1, "Reducere cu 30 % până în 2030.");
        PactVersionEntity after = version(2, "Reducere cu 20 % până în 2030.");

        assertThat(after.getSha256()).isNotEqualTo(before.getSha256());
    }

    /** Computed here with the JDK alone, independently of the code under test. */
    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
