package org.copact.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.copact.common.Language;
import org.junit.jupiter.api.Test;

/** The check of the pages in their language finds English texts and unresolved keys, and nothing else. */
class EnglishLeaksTests {

    @Test
    void shouldFindEnglishTextsAndKeysOnAnItalianPageAndNothingOnAnItalianOne() {
        EnglishLeaks italian = new EnglishLeaks(Language.IT);

        assertThat(italian.in("""
                <html lang="it"><head><title>Your tasks · Copact</title></head><body>
                <nav class="languages"><a lang="en">English</a></nav>
                <p>Pact, version 3</p><p>??page.round.history_it??</p><span>page.round.launch</span>
                <button aria-label="Sign out">x</button><p>SHA-256</p><p>Copact</p></body></html>"""))
                .containsExactlyInAnyOrder("English: Your tasks", "English: Pact, version 3",
                        "unresolved: ??page.round.history_it??", "unresolved: page.round.launch", "English: Sign out");
        assertThat(italian.in("""
                <html lang="it"><head><title>I vostri compiti · Copact</title></head><body>
                <nav class="languages"><a lang="en">English</a></nav><p>Patto, versione 3</p>
                <p>ana@cj-ilfov.example</p><p>SHA-256</p><p>Eco Construcții SRL</p></body></html>""")).isEmpty();
        assertThat(italian.inText("Say which changes you ask for: here, or in a comment on a clause.")).hasSize(1);
        assertThat(italian.inText("Dite quali modifiche chiedete: qui o in un commento su una clausola.")).isEmpty();
    }

    @Test
    void shouldFindEnglishWordsNoBundleHoldsAndNotTheDataOfThePage() {
        EnglishWords italian = new EnglishWords(Language.IT, List.of("Zona verde", "Eco Construcții SRL"));

        assertThat(italian.in("""
                <html lang="it"><head><title>Ciclo · Copact</title></head><body>
                <nav class="languages"><a lang="en">English</a></nav><h1>Zona verde</h1>
                <p>Scadenza: <time datetime="2027-03-01T15:00:00Z">1 mar 2027, 17:00</time></p><p>2027-03-08 17:00</p><p>DRAFTING</p>
                <p>Open</p><p>Compiti della round</p><span title="Sign now">x</span>
                <p>Eco Construcții SRL, ana@the.example, <code>the 3f2a9c</code>, 3f2a9c0d4e5b6a7f8e9d0c1b2a3f4e5d</p>
                <article lang="ro"><p>Pactul of Măgurele</p></article></body></html>"""))
                .containsExactly("ISO moment: 2027-03-08 17:00", "English word \"Open\": Open", "English word \"round\": Compiti della round",
                        "English word \"Sign\": Sign now", "English word \"now\": Sign now");
        EnglishWords greek = new EnglishWords(Language.EL, List.of("Eco Construcții SRL"));
        assertThat(greek.in("""
                <html lang="el"><head><title>Κύκλος · Copact</title></head><body>
                <p>Eco Construcții SRL: SIGNATORY, PDF, SHA-256</p><p>DRAFTING</p><p>Κύκλος Remind</p></body></html>"""))
                .as("codes the Greek bundle writes itself (SIGNATORY) and product names pass, other Latin words not")
                .containsExactly("Latin word \"DRAFTING\": DRAFTING", "Latin word \"Remind\": Κύκλος Remind");
        assertThat(greek.inText("Η προθεσμία πρέπει να είναι στο μέλλον.")).isEmpty();
        assertThat(italian.inText("Indicate una data e un’ora, per esempio 2027-03-01T17:00.")).isEmpty();
        assertThat(italian.inText("Say which changes you ask for.")).hasSize(4);
    }

    /** a word of the list that a translation writes would fire on a page that is right: none does */
    @Test
    void shouldHaveNoFunctionWordThatATranslationWrites() {
        List<String> found = new ArrayList<>();
        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            for (String bundle : List.of("messages", "staff", "mail")) {
                Properties translated = EnglishLeaks.load(bundle + "_" + language.code() + ".properties");
                for (String key : translated.stringPropertyNames()) {
                    for (String word : translated.getProperty(key).replaceAll("\\{\\d+[^}]*}", " ")
                            .split("[^\\p{L}\\p{M}'’]+")) {
                        if (EnglishWords.FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                            found.add(bundle + "_" + language.code() + " " + key + ": " + word);
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
