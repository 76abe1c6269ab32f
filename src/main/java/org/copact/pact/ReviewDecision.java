package org.copact.pact;

public enum ReviewDecision {
    APPROVE, REQUEST_CHANGES
}
