package org.copact.common;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * One thing wrong with one field of an input, in words the person can act on. An error made where
 * the person's language is not known carries a message code and its arguments besides its English
 * message, and is put into the person's words with {@link #in(MessageSource, Locale)} where their
 * language is known.
 */
public record FieldError(String field, String message, String code, List<Object> arguments) {

    public FieldError {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public FieldError(String field, String message) {
        this(field, message, null, List.of());
    }

    /** an error said by its message code: in English until {@link #in(MessageSource, Locale)} says it in another language */
    public static FieldError coded(String field, String code, Object... arguments) {
        return new FieldError(field, EnglishTexts.of(code, arguments), code, List.of(arguments));
    }

    public FieldError in(MessageSource messages, Locale locale) {
        return code == null ? this : new FieldError(field, messages.getMessage(code, arguments.toArray(), locale));
    }
}
