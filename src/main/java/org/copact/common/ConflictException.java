package org.copact.common;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The request is well formed but the thing it acts on is in a state that refuses it (409). */
public class ConflictException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public ConflictException(String message) {
        this(message, null, new Object[0]);
    }

    private ConflictException(String message, String code, Object[] arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments;
    }

    /** said by a message code of the bundles, so that each caller reads it in their language */
    public static ConflictException coded(String code, Object... arguments) {
        return new ConflictException(EnglishTexts.of(code, arguments), code, arguments);
    }

    /** what to tell the person, in the given language when the message is a code of the bundles */
    public String in(MessageSource messages, Locale locale) {
        return code == null ? getMessage() : messages.getMessage(code, arguments, locale);
    }
}
