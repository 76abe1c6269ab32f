package org.copact.common;

import java.time.Instant;

/**
 * The request is refused for now, not for good: too many of its kind, or locked after too many
 * mistakes (429). {@code retryAt}: when it may be made again.
 */
public class TooManyRequestsException extends RuntimeException {

    private final transient Instant retryAt;

    public TooManyRequestsException(String message, Instant retryAt) {
        super(message);
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }
}
