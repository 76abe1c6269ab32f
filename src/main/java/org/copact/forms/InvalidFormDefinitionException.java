package org.copact.forms;

/** A form definition Copact cannot serve faithfully; raised at start, before any task uses it. */
class InvalidFormDefinitionException extends RuntimeException {

    InvalidFormDefinitionException(String message) {
        super(message);
    }
}
