package org.copact.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A round's history exported as CSV opens in a spreadsheet as the same cells, and never as formulas. */
class HistoryCsvTests {

    @Test
    void shouldWriteNothingForAMissingValue() {
        assertThat(HistoryController.cell(null)).isEmpty();
    }

    @Test
    void shouldLeaveAPlainValueAsItIs() {
        assertThat(HistoryController.cell("Pact signed by Primăria Iași")).isEqualTo("Pact signed by Primăria Iași");
        assertThat(HistoryController.cell("a=b+c")).isEqualTo("a=b+c");
        assertThat(HistoryController.cell(7)).isEqualTo("7");
        assertThat(HistoryController.cell(Instant.parse("2026-03-01T10:00:00Z"))).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(HistoryController.cell("")).isEmpty();
    }

    @Test
    void shouldQuoteAValueWithAComma() {
        assertThat(HistoryController.cell("Măgurele, Ilfov")).isEqualTo("\"Măgurele, Ilfov\"");
    }

    @Test
    void shouldDoubleAQuoteInsideAQuotedValue() {
        assertThat(HistoryController.cell("Pactul \"verde\" local")).isEqualTo("\"Pactul \"\"verde\"\" local\"");
        assertThat(HistoryController.cell("\"")).isEqualTo("\"\"\"\"");
    }

    @Test
    void shouldQuoteAValueWithALineBreak() {
        assertThat(HistoryController.cell("line 1\nline 2")).isEqualTo("\"line 1\nline 2\"");
        assertThat(HistoryController.cell("line 1\r\nline 2")).isEqualTo("\"line 1\r\nline 2\"");
        assertThat(HistoryController.cell("line 1\rline 2")).isEqualTo("\"line 1\rline 2\"");
    }

    @Test
    void shouldDefuseALeadingFormulaCharacter() {
        assertThat(HistoryController.cell("=HYPERLINK(\"http://evil.example\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assertThat(HistoryController.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(HistoryController.cell("+40 21 000 0000")).isEqualTo("'+40 21 000 0000");
        assertThat(HistoryController.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(HistoryController.cell("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
    }

    @Test
    void shouldDefuseAFormulaAndThenQuoteItWhenItHasAComma() {
        assertThat(HistoryController.cell("=SUM(1,2)")).isEqualTo("\"'=SUM(1,2)\"");
        assertThat(HistoryController.cell(-5)).isEqualTo("'-5");
    }
}
