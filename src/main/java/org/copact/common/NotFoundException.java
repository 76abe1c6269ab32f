package org.copact.common;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** What the caller asked for does not exist, or is not theirs to see: both answer 404. */
public class NotFoundException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public NotFoundException(String message) {
        this(message, null, new Object[0]);
    }

    private NotFoundException(String message, String code, Object[] arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments;
    }

    /** said by a message code of the bundles, so that each caller reads it in their language */
    public static NotFoundException coded(String code, Object... arguments) {
        return new NotFoundException(EnglishTexts.of(code, arguments), code, arguments);
    }

    /** what to tell the person, in the given language when the message is a code of the bundles */
    public String in(MessageSource messages, Locale locale) {
        return code == null ? getMessage() : messages.getMessage(code, arguments, locale);
    }
}
