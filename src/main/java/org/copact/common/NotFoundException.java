package org.copact.common;

/** What the caller asked for does not exist, or is not theirs to see: both answer 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
