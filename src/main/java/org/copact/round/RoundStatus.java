package org.copact.round;

public enum RoundStatus {
    /** defined, stakeholders known, not launched yet */
    DEFINED,
    /** launched: its process runs */
    RUNNING,
    /** every signatory signed: the pact is in force */
    SIGNED
}
