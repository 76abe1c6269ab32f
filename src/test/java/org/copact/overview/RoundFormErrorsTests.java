package org.copact.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.copact.common.FieldError;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class RoundFormErrorsTests {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    RoundFormErrorsTests() {
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void shouldNameEachFieldAsThePageShowsItInThePagesLanguage() {
        List<FieldError> named = RoundFormErrors.named(List.of(new FieldError("targets.answers", "x"),
                new FieldError("languages[2]", "x"), new FieldError("stakeholders[3]", "x"),
                new FieldError("stakeholders[0].roles[1]", "x"), new FieldError("reminderBefore", "x")),
                messages, Locale.forLanguageTag("bg"));

        assertThat(named).extracting(FieldError::field).containsExactly("Цел: отговори",
                "Езици на кръга", "Заинтересовани страни, ред 4", "Заинтересовани страни, ред 1, роли",
                "reminderBefore");
    }
}
