package org.copact.signing;

/** Where an accession stands: invited, its sheet sent, sent back for changes, accepted, signed. */
public enum AccessionStatus {
    INVITED, SUBMITTED, CHANGES_REQUESTED, ACCEPTED, SIGNED
}
