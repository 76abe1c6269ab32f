package org.copact.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.copact.common.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The staff bundle (administration, history, facilitators' mail) says everything in every language. */
class StaffBundlesTests {

    @ParameterizedTest
    @EnumSource(Language.class)
    void shouldHaveEveryKeyOfTheEnglishBundleTranslatedWithTheSameArguments(Language language) throws IOException {
        Properties english = load("staff.properties");
        Properties translated = load(language == Language.EN ? "staff.properties"
                : "staff_" + language.code() + ".properties");

        assertThat(translated.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String text = translated.getProperty(key);
            assertThat(text).as(key).isNotBlank();
            Object[] probe = {"A0", "A1", "A2", "A3", "A4", "A5", "A6"};
            String formatted = new MessageFormat(text, Locale.forLanguageTag(language.code())).format(probe);
            for (int i = 0; i < probe.length; i++) {
                assertThat(formatted.contains("A" + i)).as(key + " uses {" + i + "} as English does")
                        .isEqualTo(new MessageFormat(english.getProperty(key)).format(probe).contains("A" + i));
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StaffBundlesTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
