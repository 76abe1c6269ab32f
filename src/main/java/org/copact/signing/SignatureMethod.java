package org.copact.signing;

/**
 * How a signature was given: on Copact's page through the personal link, confirmed by a one-time
 * code mailed at that moment ({@code LINK_AND_CODE}); on paper, emailed back and confirmed by a
 * facilitator ({@code SIGNED_COPY}); {@code ONLINE}: through the link alone, as signatures were given
 * before codes were asked (kept for those).
 */
public enum SignatureMethod {
    ONLINE, LINK_AND_CODE, SIGNED_COPY
}
