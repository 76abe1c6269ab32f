package org.copact.forms;

import java.util.List;

/**
 * A form definition Copact cannot serve faithfully; raised at start, before any task uses it. It
 * names every problem found, one a line, each with its file, component and property, so that a
 * modeller fixes a form in one pass rather than one refusal at a time.
 */
class InvalidFormDefinitionException extends RuntimeException {

    private final List<String> problems;

    InvalidFormDefinitionException(String problem) {
        this(List.of(problem));
    }

    InvalidFormDefinitionException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }

    /** Throws one exception naming every problem, if there are any. */
    static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidFormDefinitionException(problems);
        }
    }
}
