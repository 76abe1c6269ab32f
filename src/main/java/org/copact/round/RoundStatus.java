package org.copact.round;

public enum RoundStatus {
    /** defined, stakeholders known, not launched yet */
    DEFINED,
    /** launched: its process runs */
    RUNNING,
    /** every signatory signed: the pact is in force */
    SIGNED,
    /** cancelled by its facilitator, with a reason: its process ended, everyone concerned was told */
    CANCELLED
}
