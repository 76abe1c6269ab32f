package org.copact.signing;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an accession stands: invited, its sheet sent, sent back for changes, accepted, signed; or
 * ended without a signature: its sheet refused, the invitation cancelled, or lapsed at its due date.
 */
public enum AccessionStatus {
    INVITED, SUBMITTED, CHANGES_REQUESTED, ACCEPTED, SIGNED, REFUSED, CANCELLED, LAPSED;

    /** the states in which the accession still runs: neither signed nor ended */
    public static final Set<AccessionStatus> OPEN = EnumSet.of(INVITED, SUBMITTED, CHANGES_REQUESTED, ACCEPTED);

    public boolean open() {
        return OPEN.contains(this);
    }
}
