package org.copact.overview;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How often one client (by its address) may ask the public verification: so many times a minute
 * ({@link VerificationProperties}), with resilience4j's rate limiter. The limiters of the clients seen last are kept, at most
 * {@link #CLIENTS_KEPT}; a client forgotten starts afresh.
 */
@Component
class VerificationLimits {

    private static final int CLIENTS_KEPT = 10_000;

    private final RateLimiterConfig config;
    private final int perMinute;

    private final Map<String, RateLimiter> clients = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
            return size() > CLIENTS_KEPT;
        }
    };

    VerificationLimits(VerificationProperties properties) {
        this.perMinute = properties.perMinute();
        this.config = RateLimiterConfig.custom().limitForPeriod(perMinute).limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO).build();
    }

    int perMinute() {
        return perMinute;
    }

    /** Whether this client may ask once more now; asking counts. */
    boolean allows(String client) {
        RateLimiter limiter;
        synchronized (clients) {
            limiter = clients.computeIfAbsent(client, key -> RateLimiter.of("verification", config));
        }
        return limiter.acquirePermission();
    }
}
