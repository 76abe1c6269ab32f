package org.copact.forms;

import java.util.List;

/** One mistake in one field, as a message code and its arguments, so it can be said in any language. */
public record FormProblem(String field, String code, List<String> arguments) {

    FormProblem(String field, String code, String... arguments) {
        this(field, code, List.of(arguments));
    }
}
