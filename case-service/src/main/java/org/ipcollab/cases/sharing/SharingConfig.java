package org.ipcollab.cases.sharing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Partner deployments allowed to call the inbound API: {@code ipcollab.sharing.partners.<partnerId>.secret} (the
 * shared HMAC secret, at least 32 characters, from an environment variable in production) and
 * {@code .districts} (the districts that deployment serves: the only {@code fromDistrict} it may send for).
 */
@ConfigMapping(prefix = "ipcollab.sharing")
public interface SharingConfig {
    Map<String, Partner> partners();

    /** How far a request's timestamp may be from this server's clock, either way. */
    @WithDefault("300s")
    Duration replayWindow();

    /** How often {@link SharingOverdue} looks for unanswered transfers and requests (read by its {@code @Scheduled}). */
    @WithDefault("60s")
    String scanEvery();

    @WithDefault("10s")
    String scanDelay();

    interface Partner {
        String secret();

        List<String> districts();
    }
}
