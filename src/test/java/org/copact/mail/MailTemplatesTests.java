package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.copact.common.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every language Copact speaks has every mail, with the same placeholders as the English one: a
 * stakeholder never gets a mail in another language, or one with a name or link missing.
 */
class MailTemplatesTests {

    @ParameterizedTest
    @EnumSource(Language.class)
    void shouldHaveEveryMailInEveryLanguage(Language language) throws IOException {
        Properties english = load("mail.properties");
        Properties translated = load(language == Language.EN ? "mail.properties" : "mail_" + language.code() + ".properties");

        assertThat(translated.stringPropertyNames()).as("the mails in %s", language)
                .isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(translated.getProperty(key))).as("%s in %s", key, language)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    /** The arguments a template uses; an unescaped apostrophe would hide the ones after it. */
    private static Set<Integer> placeholders(String template) {
        Object[] marked = new Object[10];
        Arrays.setAll(marked, i -> "\u0001" + i + "\u0002");
        String formatted = new MessageFormat(template).format(marked);
        Set<Integer> used = new TreeSet<>();
        for (int i = 0; i < marked.length; i++) {
            if (formatted.contains((String) marked[i])) {
                used.add(i);
            }
        }
        return used;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTemplatesTests.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as("the mail texts %s", resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
