package org.ipcollab.notification.webhook.domain;

import java.time.Duration;

/**
 * 重试退避 — when to try a failed webhook delivery again: exponential backoff ({@code initial × 2^(attempt-1)}, at
 * most {@code max}) with jitter, the delay stretched by a random share up to {@code jitter} of itself, so receivers
 * that failed together are not hit together again. After {@code maxAttempts} attempts the delivery is dead-lettered.
 */
public record Backoff(Duration initial, Duration max, double jitter, int maxAttempts) {
    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter is a share between 0 and 1");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** The delay after failed attempt number {@code attempt} (1-based); {@code random} in [0, 1). */
    public Duration delayAfter(int attempt, double random) {
        long base = initial.toMillis();
        for (int i = 1; i < attempt && base < max.toMillis(); i++) {
            base *= 2;
        }
        base = Math.min(base, max.toMillis());
        return Duration.ofMillis(base + Math.round(base * jitter * random));
    }

    /** True when no attempt is left after {@code attempts} failed ones. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
