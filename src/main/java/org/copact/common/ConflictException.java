package org.copact.common;

/** The request is well formed but the thing it acts on is in a state that refuses it (409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
