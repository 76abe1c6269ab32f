package org.copact.signing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one-time codes that confirm a signature ({@code copact.signing.codes.*}).
 *
 * @param validity how long a code may be used after it was sent (10 minutes)
 * @param maxTries wrong codes before signing for the task is locked (5)
 * @param perHour codes one signatory may ask for in an hour (5)
 * @param lockFor how long signing for the task stays locked after {@code maxTries} wrong codes (30 minutes)
 */
@ConfigurationProperties("copact.signing.codes")
public record SigningCodeProperties(Duration validity, Integer maxTries, Integer perHour, Duration lockFor) {

    public SigningCodeProperties {
        validity = validity == null ? Duration.ofMinutes(10) : validity;
        maxTries = maxTries == null ? 5 : maxTries;
        perHour = perHour == null ? 5 : perHour;
        lockFor = lockFor == null ? Duration.ofMinutes(30) : lockFor;
        if (maxTries < 1 || perHour < 1 || validity.isNegative() || validity.isZero() || lockFor.isNegative()) {
            throw new IllegalArgumentException("copact.signing.codes: validity and lock-for must be positive "
                    + "durations, max-tries and per-hour at least 1");
        }
    }
}
