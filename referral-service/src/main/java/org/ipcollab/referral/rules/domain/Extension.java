package org.ipcollab.referral.rules.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * 延长期限 — an extension granted to a clock.
 *
 * @param authority who granted it
 * @param amount    how much
 * @param unit      in what unit
 * @param reference the approval or decision document (批准文号 / 集体讨论记录)
 * @param grantedAt when
 */
public record Extension(ExtensionAuthority authority, int amount, PeriodUnit unit, String reference,
        Instant grantedAt) {
    public Extension {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(grantedAt, "grantedAt");
        if (amount <= 0) {
            throw new IllegalArgumentException("an extension must be positive, got " + amount);
        }
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("an extension records the approval or decision that grants it");
        }
    }
}
