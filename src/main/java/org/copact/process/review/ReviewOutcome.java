package org.copact.process.review;

/** What the facilitator does with a reviewed draft. */
public enum ReviewOutcome {
    /** write a new version, which is reviewed again */
    REVISE,
    /** put this version to signature */
    FINALISE
}
