package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copact.common.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every mail of a round, in every language, with the values that broke them before: an organisation
 * whose name ends with a full stop, a title that starts with the word the text puts before it. Each
 * names the round's topic and authority, is signed by the facilitator and their region, and has no
 * placeholder left, no word twice in a row and no doubled full stop or comma.
 */
class RoundMailsWordingTests {

    static final RoundMails.Sender SENDER = new RoundMails.Sender("Efficienza energetica degli edifici pubblici",
            "Comune di Cinisello Balsamo", "Giulia Bianchi", "Regione Lombardia");
    static final List<String> TITLES = List.of("Patto Verde Cinisello 2030", "Pact Verde Ilfov",
            "Green Deal Măgurele", "Πράσινη Συμφωνία Θεσσαλονίκης", "Зелена сделка Пловдив");
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}|\\?\\?[^?]+\\?\\?");

    @ParameterizedTest
    @EnumSource(Language.class)
    void shouldWriteEveryMailWithTopicAuthorityAndSignatureAndNothingDoubled(Language language) throws IOException {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "mail");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        Locale locale = language.locale();
        List<String> kinds = kinds();
        assertThat(kinds).hasSizeGreaterThan(10);
        for (String title : TITLES) {
            for (String kind : kinds) {
                Object[] arguments = {"Mario Rossi", "Edilizia Verde S.r.l.", title, "12 dicembre 2026, 17:00",
                        "https://copact.example/s/Ab3_x-9", "Edilizia Verde S.r.l.", "12 dicembre 2026, 17:10", "2", };
                RoundMails.Text mail = RoundMails.write(messages, SENDER, kind, locale, arguments);
                for (String text : List.of(mail.subject(), mail.body())) {
                    String where = kind + " in " + language + " with " + title + ":\n" + text;
                    assertThat(PLACEHOLDER.matcher(text).find()).as("a placeholder left, " + where).isFalse();
                    assertThat(text).as(where).doesNotContain("..").doesNotContain(",,");
                    assertThat(doubledWords(text)).as(where).isEmpty();
                }
                String where = kind + " in " + language + ":\n" + mail.body();
                assertThat(mail.body()).as(where).contains(SENDER.topic(), SENDER.authority())
                        .endsWith("\n\nGiulia Bianchi\nRegione Lombardia").doesNotContain("\n\nCopact");
            }
        }
    }

    private static List<String> doubledWords(String text) {
        List<String> doubled = new ArrayList<>();
        Matcher words = WORD.matcher(text);
        String previous = null;
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (word.equals(previous) && !word.chars().allMatch(Character::isDigit)) {
                doubled.add(word);
            }
            previous = word;
        }
        return doubled;
    }

    /** every mail of the bundles: each kind with a subject and a body */
    private static List<String> kinds() throws IOException {
        Properties english = new Properties();
        try (InputStream in = RoundMailsWordingTests.class.getResourceAsStream("/mail.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return english.stringPropertyNames().stream().filter(k -> k.endsWith(".subject")).sorted()
                .map(k -> k.substring("mail.".length(), k.length() - ".subject".length())).toList();
    }
}
