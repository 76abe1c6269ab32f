package org.copact.round;

/** The stages of a round, in the order a pact goes through them (revisions go back to drafting). */
public enum Stage {
    SET_UP, CONSULTATION, DRAFTING, REVIEW, SIGNATURE, IN_FORCE
}
