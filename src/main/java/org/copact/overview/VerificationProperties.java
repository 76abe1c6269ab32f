package org.copact.overview;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public verification ({@code copact.verification.*}).
 *
 * @param perMinute how many checks one client address may ask for a minute
 */
@ConfigurationProperties("copact.verification")
public record VerificationProperties(@DefaultValue("20") int perMinute) {

    public VerificationProperties {
        if (perMinute < 1) {
            throw new IllegalArgumentException("copact.verification.per-minute must be at least 1, not " + perMinute);
        }
    }
}
