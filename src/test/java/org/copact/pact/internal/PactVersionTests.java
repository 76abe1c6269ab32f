package org.copact.pact.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.copact.common.Sha256;
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

    @Test
    void shouldStoreTheCanonicalTextAndNameItByItsSha256() {
        PactVersionEntity version = new PactVersionEntity(ROUND, 2, "  Articolul 1\r\nBuz" + "a\u0306" + "u\r\n", "Clause 1 added",
                "staff:facilitator-ro", AT);

        assertThat(version.getText()).isEqualTo("Articolul 1\nBuz\u0103u");
        assertThat(version.getSha256()).isEqualTo(Sha256.hex(version.getText()));
        assertThat(version.getSha256()).isEqualTo(sha256("Articolul 1\nBuz\u0103u"));
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

        PactVersionEntity fromNfc = new PactVersionEntity(ROUND, 1, nfc, null, "staff:a", AT);
        PactVersionEntity fromNfd = new PactVersionEntity(ROUND, 1, nfd, null, "staff:a", AT);
        PactVersionEntity fromWindows = new PactVersionEntity(ROUND, 1, windows, null, "staff:a", AT);

        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(fromNfd.getSha256()).isEqualTo(fromNfc.getSha256());
        assertThat(fromWindows.getSha256()).isEqualTo(fromNfc.getSha256());
        assertThat(fromNfc.getSha256()).isEqualTo(sha256(nfc));
    }

    @Test
    void shouldGiveAKnownTextItsStandardSha256() {
        PactVersionEntity version = new PactVersionEntity(ROUND, 1, "abc", null, "staff:a", AT);

        // FIPS 180-2, appendix B.1
        assertThat(version.getSha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(new PactVersionEntity(ROUND, 1, "\r\n abc \r\n", null, "staff:a", AT).getSha256())
                .isEqualTo(version.getSha256());
    }

    @Test
    void shouldHashTheTextAsUtf8() {
        String text = "Σύμφωνο πράσινης ανάπτυξης — Пакт за зелена сделка — Pactul verde";

        assertThat(new PactVersionEntity(ROUND, 1, text, null, "staff:a", AT).getSha256()).isEqualTo(sha256(text))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void shouldGiveADifferentHashWhenOneWordChanges() {
        PactVersionEntity before = new PactVersionEntity(ROUND, 1, "Reducere cu 30 % până în 2030.", null, "staff:a", AT);
        PactVersionEntity after = new PactVersionEntity(ROUND, 2, "Reducere cu 20 % până în 2030.", null, "staff:a", AT);

        assertThat(after.getSha256()).isNotEqualTo(before.getSha256());
    }

    /** Computed here with the JDK alone, independently of {@link Sha256}. */
    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
