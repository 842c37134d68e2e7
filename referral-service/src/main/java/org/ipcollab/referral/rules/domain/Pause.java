package org.ipcollab.referral.rules.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A period during which a clock stood still.
 *
 * @param reason why
 * @param from   when it began
 * @param until  when the clock resumed, or {@code null} while the pause lasts
 */
public record Pause(PauseReason reason, Instant from, Instant until) {
    public Pause {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("a pause cannot end (" + until + ") before it begins (" + from + ")");
        }
    }

    public boolean isOpen() {
        return until == null;
    }
}
