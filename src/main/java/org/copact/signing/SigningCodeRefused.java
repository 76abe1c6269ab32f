package org.copact.signing;

import java.time.Instant;

/**
 * A one-time code not sent, or not accepted: why, how many tries are left (after a wrong code) and
 * until when (a lock, or the limit of codes an hour). The page and the API say it in the person's language.
 */
public class SigningCodeRefused extends RuntimeException {

    public enum Reason {
        /** no code was asked for this task, or the one sent was used */
        NO_CODE,
        /** the code's ten minutes are over */
        EXPIRED,
        /** not the code sent; {@link #triesLeft()} more may be tried */
        WRONG,
        /** too many wrong codes: signing for the task is locked until {@link #until()} */
        LOCKED,
        /** too many codes asked in the last hour: the next one can be asked at {@link #until()} */
        TOO_MANY
    }

    private final Reason reason;
    private final int triesLeft;
    private final transient Instant until;

    SigningCodeRefused(Reason reason, int triesLeft, Instant until) {
        super("Signing code refused: " + reason + (until == null ? "" : " until " + until));
        this.reason = reason;
        this.triesLeft = triesLeft;
        this.until = until;
    }

    public Reason reason() {
        return reason;
    }

    public int triesLeft() {
        return triesLeft;
    }

    public Instant until() {
        return until;
    }
}
