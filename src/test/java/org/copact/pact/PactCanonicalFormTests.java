package org.copact.pact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PactCanonicalFormTests {

    private static final UUID ECO = UUID.fromString("6f1c2b1e-0000-4000-8000-00000000000a");

    static PactDocument sample() {
        PactDocument.Commitment energy = new PactDocument.Commitment("m-energy", CommitmentTheme.ENERGY,
                "Reducem consumul de energie al halei de producție.", "Consum anual", "MWh", new BigDecimal("120.50"),
                2024, new BigDecimal("96"), LocalDate.of(2030, 12, 31),
                List.of(new PactDocument.Milestone(LocalDate.of(2027, 12, 31), new BigDecimal("110.0"), "Panouri")));
        return new PactDocument("Pactul Verde Local Ilfov", "Preambul cu \"ghilimele\"\r\nși diacritice: ș ț ă.",
                List.of("Neutralitate climatică"), List.of(new PactDocument.Clause("c-1", "Obiect", "Textul clauzei.\tTab")),
                List.of(), List.of(new PactDocument.CommitmentSheet(ECO, "Eco SRL", List.of(energy))));
    }

    @Test
    void writesMembersSortedWithoutWhitespaceNumbersAsPlainStringsAndNullsLeftOut() {
        String json = PactCanonicalForm.write(sample());

        assertThat(json).startsWith("{\"authorityCommitments\":[],\"clauses\":[{\"heading\":\"Obiect\",\"id\":\"c-1\","
                + "\"text\":\"Textul clauzei.\\tTab\"}],\"format\":\"copact-pact/1\",\"objectives\":[");
        assertThat(json).contains("\"baselineValue\":\"120.5\",\"baselineYear\":2024,")
                .contains("\"targetDate\":\"2030-12-31\",\"targetValue\":\"96\",\"theme\":\"ENERGY\"")
                .contains("\"preamble\":\"Preambul cu \\\"ghilimele\\\"\\nși diacritice: ș ț ă.\"")
                .contains("\"participationId\":\"" + ECO + "\"")
                .doesNotContain(" :").doesNotContain("null");
    }

    @Test
    void theHashIsTheSha256OfTheUtf8BytesAndSurvivesAReadBack() throws Exception {
        PactDocument document = sample();
        String json = PactCanonicalForm.write(document);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(PactCanonicalForm.sha256(document)).isEqualTo(expected);
        assertThat(PactCanonicalForm.write(PactCanonicalForm.read(json))).isEqualTo(json);
    }

    @Test
    void theExampleOfTheDocumentationHasTheHashItGives() {
        PactDocument example = new PactDocument("Pact", null, List.of(),
                List.of(new PactDocument.Clause("c-1", null, "Semnatarii reduc consumul.")), List.of(), List.of());

        assertThat(PactCanonicalForm.write(example)).isEqualTo("{\"authorityCommitments\":[],\"clauses\":[{\"id\":\"c-1\","
                + "\"text\":\"Semnatarii reduc consumul.\"}],\"format\":\"copact-pact/1\",\"objectives\":[],\"sheets\":[],"
                + "\"title\":\"Pact\"}");
        // printf '%s' '<that text>' | sha256sum, as docs/pact-canonical-form.md says
        assertThat(PactCanonicalForm.sha256(example))
                .isEqualTo("592711a7215fb0ab6e6ba3c74ab70ad55b4441d6dbe146267d64328141e8983d");
    }

    @Test
    void theSameWordsTypedDecomposedOrWithWindowsLineEndsGiveTheSameHash() {
        PactDocument composed = PactDocument.titled("Pact în Ilfov\nrândul doi");
        PactDocument decomposed = PactDocument.titled("Pact i\u0302n Ilfov\r\nra\u0302ndul doi");

        assertThat(PactCanonicalForm.sha256(decomposed)).isEqualTo(PactCanonicalForm.sha256(composed));
        assertThat(PactCanonicalForm.sha256(PactDocument.titled("Pact în Ilfov")))
                .isNotEqualTo(PactCanonicalForm.sha256(composed));
    }

    @Test
    void anImportedTextKeepsTheIdsOfTheClausesItRepeatsAndOfAnEditedClauseInItsPlace() {
        PactDocument first = PactTexts.imported("Pact", "Unu.\n\nDoi.\n\nTrei.", null);
        assertThat(first.clauses()).extracting(PactDocument.Clause::id).containsExactly("c-1", "c-2", "c-3");

        PactDocument second = PactTexts.imported(null, "Trei.\n\nDoi, schimbat.\n\nPatru.\n\nCinci.", first);

        assertThat(second.title()).isEqualTo("Pact");
        assertThat(second.clauses()).extracting(PactDocument.Clause::id).startsWith("c-3", "c-2");
        assertThat(second.clauses().get(2).id()).isNotIn("c-1", "c-2", "c-3");
        assertThat(second.clauses()).extracting(PactDocument.Clause::id).doesNotHaveDuplicates();
    }
}
