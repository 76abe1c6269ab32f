package org.copact.forms;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.copact.common.FieldError;
import org.copact.common.Language;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Puts the problems of a submission into words, in the person's language, from the message bundles. */
public final class FormMessages {

    private static final FormMessages ENGLISH = new FormMessages(bundles());

    private final MessageSource messages;

    public FormMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** For code that runs without Spring (the validator's own English), read the same bundles directly. */
    static FormMessages english() {
        return ENGLISH;
    }

    public List<FieldError> errors(List<FormProblem> problems) {
        return errors(problems, Language.EN);
    }

    public List<FieldError> errors(List<FormProblem> problems, Language language) {
        Locale locale = language.locale();
        return problems.stream()
                .map(p -> new FieldError(p.field(), messages.getMessage(p.code(), p.arguments().toArray(), locale)))
                .toList();
    }

    /** Configured as Spring Boot configures its own: UTF-8, and no fallback to the machine's language. */
    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
