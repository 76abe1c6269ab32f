package org.copact.signing;

/** How a signature was given: on Copact's page, or on paper, emailed back and confirmed by a facilitator. */
public enum SignatureMethod {
    ONLINE, SIGNED_COPY
}
