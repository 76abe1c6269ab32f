package org.copact.pact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.copact.common.Sha256;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The PDF of a version read back as any reader would: with PDFBox, page by page. Every letter of the
 * pact's language survives, every page names the version and its SHA-256, and the file is a tagged
 * PDF/A-3a with its fonts embedded and its language set.
 */
class PactPdfTests {

    /** every letter of each alphabet, upper and lower case, beyond ASCII */
    private static final String ROMANIAN = "ĂÂÎȘȚ ăâîșț";
    private static final String ITALIAN = "ÀÈÉÌÒÙ àèéìòù";
    private static final String GREEK = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ αβγδεζηθικλμνξοπρσςτυφχψω άέήίόύώϊϋΐΰ";
    private static final String BULGARIAN = "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯ абвгдежзийклмнопрстуфхцчшщъьюя";
    private static final String MACEDONIAN = "ЃЅЈЉЊЌЏ ѓѕјљњќџ";

    private final PactPdf pdf = new PactPdf(messages());

    @ParameterizedTest
    @CsvSource({"ro, Pagina %d din %d, Versiunea 4", "el, Σελίδα %d από %d, Έκδοση 4", "bg, Страница %d от %d, Версия 4",
            "mk, Страница %d од %d, Верзија 4", "it, Pagina %d di %d, Versione 4", "en, Page %d of %d, Version 4"})
    void everyLetterSurvivesAndEveryPageNamesTheVersionAndItsHash(String language, String pageLabel, String versionLabel)
            throws IOException {
        String alphabets = String.join("\n", ROMANIAN, ITALIAN, GREEK, BULGARIAN, MACEDONIAN);
        StringBuilder text = new StringBuilder("Preambul / Προοίμιο / Преамбюл\n\n" + alphabets);
        for (int clause = 1; clause <= 60; clause++) {
            text.append("\n\nArticolul ").append(clause).append(". ").append(alphabets.replace('\n', ' '));
        }
        PactVersion version = version(4, text.toString());

        try (PDDocument document = Loader.loadPDF(pdf.render(version, "Pactul Verde Ilfov", Locale.forLanguageTag(language),
                ZoneId.of("Europe/Bucharest")))) {
            List<String> pages = pages(document);
            assertThat(pages.size()).isGreaterThan(2);
            for (int page = 0; page < pages.size(); page++) {
                assertThat(pages.get(page)).contains(version.sha256()).contains(versionLabel)
                        .contains(pageLabel.formatted(page + 1, pages.size()));
            }
            assertThat(pages.get(0)).contains("Pactul Verde Ilfov").contains("30")
                    .as("published 10:15 UTC, shown in the round's zone and named")
                    .contains("12:15").contains(ZoneId.of("Europe/Bucharest").getDisplayName(
                            java.time.format.TextStyle.FULL, Locale.forLanguageTag(language)));
            String all = String.join("", pages);
            for (String alphabet : List.of(ROMANIAN, ITALIAN, GREEK, BULGARIAN, MACEDONIAN)) {
                alphabet.codePoints().filter(Character::isLetter)
                        .forEach(letter -> assertThat(all).as("letter %s", Character.toString(letter))
                                .contains(Character.toString(letter)));
            }
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
        }
    }

    @Test
    void isATaggedPdfAWithItsFontsEmbeddedAndItsTitleSet() throws IOException {
        PactVersion version = version(1, "Art. 1\n\nȘcolile din Ilfov reduc consumul de energie cu 20%.");

        try (PDDocument document = Loader.loadPDF(pdf.render(version, "Pactul Verde Ilfov", Locale.forLanguageTag("ro"),
                ZoneId.of("Europe/Bucharest")))) {
            assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Pactul Verde Ilfov, versiunea 1");
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(=\"|>)3").containsPattern("pdfaid:conformance(=\"|>)A");
            assertThat(document.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void markupInTheTextIsPrintedAsTextAndNothingIsFetched() throws IOException {
        String hostile = "<img src=\"http://127.0.0.1:9/x.png\"> <b>bold</b> & \"quotes\" \\ end";
        PactVersion version = version(2, hostile);

        try (PDDocument document = Loader.loadPDF(pdf.render(version, "Title \"with\" quotes", Locale.ENGLISH,
                java.time.ZoneOffset.ofHours(2)))) {
            String text = String.join("", pages(document)).replaceAll("\\s+", " ");
            assertThat(text).as("an offset given with the deadlines is named as one").contains("12:15")
                    .contains("(UTC+02:00)");
            assertThat(text).contains("<img src=\"http://127.0.0.1:9/x.png\"> <b>bold</b> & \"quotes\" \\ end")
                    .contains("Title \"with\" quotes");
        }
    }

    @ParameterizedTest
    @CsvSource({"ro, Articolul 2. Energie, Angajamente: Eco SRL, Indicator, 31 decembrie 2030",
            "el, Άρθρο 2. Ενέργεια, Δεσμεύσεις: Eco SRL, Δείκτης, 31 Δεκεμβρίου 2030",
            "bg, Член 2. Енергия, Ангажименти на Eco SRL, Показател, 31 декември 2030"})
    void aStructuredPactPrintsItsClausesInOrderAndEveryCommitmentWithItsMeasure(String language, String clause,
            String sheet, String indicator, String targetDate) throws IOException {
        PactDocument document = PactCanonicalFormTests.sample();
        document = new PactDocument(document.title(), "Preambul: " + ROMANIAN, List.of(GREEK),
                List.of(new PactDocument.Clause("c-1", "Obiect", "Semnatarii reduc consumul. " + BULGARIAN + "\n\n**Important.**"),
                        new PactDocument.Clause("c-2", clause.replaceFirst("^\\S+ 2\\. ", ""), MACEDONIAN)),
                document.sheets().get(0).commitments(), List.of(new PactDocument.CommitmentSheet(
                        document.sheets().get(0).participationId(), "Eco SRL", document.sheets().get(0).commitments())));
        PactVersion version = new PactVersion(UUID.randomUUID(), UUID.randomUUID(), 2, PactCanonicalForm.sha256(document),
                PactTexts.markdown(document), null, "facilitator", Instant.parse("2026-11-30T10:15:00Z"), document);

        try (PDDocument pdf = Loader.loadPDF(this.pdf.render(version, "Pact", Locale.forLanguageTag(language),
                ZoneId.of("Europe/Bucharest")))) {
            String text = String.join(" ", pages(pdf));
            assertThat(text).contains(ROMANIAN).contains(GREEK).contains(BULGARIAN).contains(MACEDONIAN)
                    .contains(clause).contains(sheet).contains(indicator).contains("Consum anual (MWh)")
                    .contains(targetDate).contains("Semnatarii reduc consumul.").contains("Important.").doesNotContain("**");
            assertThat(text.indexOf("Obiect")).isLessThan(text.indexOf(clause));
            assertThat(text).contains(version.sha256());
        }
    }

    private static List<String> pages(PDDocument document) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripper.getText(document).replaceAll("\\s+", " "));
        }
        return pages;
    }

    private static PactVersion version(int number, String text) {
        return new PactVersion(UUID.randomUUID(), UUID.randomUUID(), number, Sha256.hex(text), text,
                "Art. 3 rewritten", "facilitator@ilfov.ro", Instant.parse("2026-11-30T10:15:00Z"));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "mail");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
