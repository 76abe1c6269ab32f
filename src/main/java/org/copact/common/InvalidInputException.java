package org.copact.common;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** An input with one or more field errors; all of them are reported at once. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.size() + " field error(s)");
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /** one field error said by its message code (see {@link FieldError#coded}) */
    public static InvalidInputException coded(String field, String code, Object... arguments) {
        return new InvalidInputException(List.of(FieldError.coded(field, code, arguments)));
    }

    /** the same errors, those given by a message code put into words in the given language */
    public InvalidInputException in(MessageSource messages, Locale locale) {
        return new InvalidInputException(errors.stream().map(e -> e.in(messages, locale)).toList());
    }

    public List<FieldError> errors() {
        return errors;
    }
}
