package org.copact.overview;

import static org.assertj.core.api.Assertions.assertThat;

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
}
