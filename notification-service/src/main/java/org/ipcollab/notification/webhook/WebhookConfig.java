package org.ipcollab.notification.webhook;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Retry and timing of webhook deliveries; small values in tests. */
@ConfigMapping(prefix = "ipcollab.webhooks")
public interface WebhookConfig {
    /** Attempts before a delivery is dead-lettered. */
    @WithDefault("6")
    int maxAttempts();

    /** Delay after the first failed attempt; doubles with each further one. */
    @WithDefault("PT10S")
    Duration initialBackoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    /** Share of the delay added at random (0..1). */
    @WithDefault("0.2")
    double jitter();

    /** How long one HTTP attempt may take. */
    @WithDefault("PT5S")
    Duration timeout();

    /** How often the dispatcher looks for due deliveries (read by the scheduler). */
    @WithDefault("1s")
    String pollInterval();

    /** How long a claimed delivery is held by one dispatcher before another may take it. */
    @WithDefault("PT1M")
    Duration lease();
}
