package org.copact.signing;

/**
 * Where a signing act came from, as the request that carried it says: its address and its
 * {@code User-Agent}; either may be unknown (null). A user agent is kept to its first 500 characters.
 */
public record SigningOrigin(String ipAddress, String userAgent) {

    static final int MAX_USER_AGENT = 500;
    static final int MAX_ADDRESS = 45;

    public SigningOrigin {
        ipAddress = ipAddress == null || ipAddress.isBlank() ? null
                : ipAddress.strip().substring(0, Math.min(MAX_ADDRESS, ipAddress.strip().length()));
        userAgent = userAgent == null || userAgent.isBlank() ? null
                : userAgent.strip().substring(0, Math.min(MAX_USER_AGENT, userAgent.strip().length()));
    }
}
