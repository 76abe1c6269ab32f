package org.copact.round;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copact.common.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The problems a round definition has, as message codes of messages*.properties, put into words
 * in one language at the end: English for the JSON API, the page's language for the pages.
 */
final class RoundFieldErrors {

    private record Problem(String field, String code, Object[] arguments) {
    }

    private final List<Problem> problems = new ArrayList<>();

    void add(String field, String code, Object... arguments) {
        problems.add(new Problem(field, code, arguments));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<FieldError> in(MessageSource messages, Locale locale) {
        return problems.stream().map(p -> new FieldError(p.field(),
                messages.getMessage(p.code(), p.arguments(), locale))).toList();
    }

    /** For code that runs without Spring: the same bundles, configured as Spring Boot configures them. */
    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
