package org.copact.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The names people see in the list of a round's documents, whatever name a file came with. */
class SafeFileNameTests {

    @Test
    void shouldKeepOnlyTheLastSegmentOfAPath() {
        assertThat(SafeFileName.of("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SafeFileName.of("..\\\\..\\\\windows\\\\win.ini")).isEqualTo("win.ini");
    }

    @Test
    void shouldDropControlAndDirectionCharactersThatDisguiseAName() {
        assertThat(SafeFileName.of("raport\u0007\u0000 final.pdf")).isEqualTo("raport final.pdf");
        assertThat(SafeFileName.of("Σύμβαση\u202Efdp.exe")).isEqualTo("Σύμβασηfdp.exe");
    }

    @Test
    void shouldNameAFileWithoutAUsableNameDocumentAndHideNothing() {
        assertThat(SafeFileName.of(null)).isEqualTo("document");
        assertThat(SafeFileName.of(" ../ ")).isEqualTo("document");
        assertThat(SafeFileName.of("..hidden.pdf")).isEqualTo("hidden.pdf");
    }

    @Test
    void shouldShortenALongNameButKeepItsExtension() {
        String name = SafeFileName.of("Протокол ".repeat(40) + ".pdf");

        assertThat(name).hasSize(SafeFileName.MAX_LENGTH).endsWith(".pdf");
    }
}
