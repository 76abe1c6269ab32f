package org.copact.documents;

import org.copact.common.InvalidInputException;

/**
 * A document Copact does not keep, and why, so that a page can say it in the person's language;
 * the message stays the English one the API has always given.
 */
public class DocumentRefused extends InvalidInputException {

    /** The reasons, each with the argument its message takes (the limit, the type found), if any. */
    public enum Reason { EMPTY, TOO_LARGE, PROGRAM }

    private final Reason reason;
    private final String argument;

    DocumentRefused(Reason reason, String argument, String message) {
        super("file", message);
        this.reason = reason;
        this.argument = argument;
    }

    public Reason reason() {
        return reason;
    }

    /** the size limit in bytes for TOO_LARGE, the type found for PROGRAM, else null */
    public String argument() {
        return argument;
    }
}
