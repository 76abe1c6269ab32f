package org.copact.round;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * How far a round's times may reach: deadlines within this century (PostgreSQL could not store a
 * year past 294276, and no pact is negotiated for the year 3000), a reminder at most a year ahead.
 */
final class RoundInputLimits {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final Duration MAX_REMINDER_BEFORE = Duration.ofDays(366);

    private RoundInputLimits() {
    }

    /** Whether a deadline falls outside {@link #FIRST_YEAR}–{@link #LAST_YEAR}, in the offset it was given in. */
    static boolean outOfRange(OffsetDateTime at) {
        return at.getYear() < FIRST_YEAR || at.getYear() > LAST_YEAR;
    }

    static Object[] rangeArguments() {
        return new Object[] {FIRST_YEAR + "-01-01", LAST_YEAR + "-12-31"};
    }
}
