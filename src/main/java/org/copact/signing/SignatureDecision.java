package org.copact.signing;

public enum SignatureDecision {
    SIGN, DECLINE
}
