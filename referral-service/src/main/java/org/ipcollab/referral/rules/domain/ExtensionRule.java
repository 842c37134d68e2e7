package org.ipcollab.referral.rules.domain;

import java.util.Objects;

/**
 * One tier of 延长期限 — how a period may be extended. A rule's tiers are used in order: the next tier opens only when
 * the previous one has been used {@code maxTimes} times.
 *
 * @param authority who must grant it
 * @param amount    the extension, or {@code null} when the granting decision sets it (e.g. "a reasonable period" fixed
 *                  by the collective decision); a fixed amount is a maximum
 * @param unit      the unit of the extension
 * @param maxTimes  how often this tier may be used, or {@code null} for no limit
 */
public record ExtensionRule(ExtensionAuthority authority, Integer amount, PeriodUnit unit, Integer maxTimes) {
    public ExtensionRule {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(unit, "unit");
        if (amount != null && amount <= 0) {
            throw new IllegalArgumentException("an extension amount must be positive, got " + amount);
        }
        if (maxTimes != null && maxTimes <= 0) {
            throw new IllegalArgumentException("maxTimes must be positive or absent, got " + maxTimes);
        }
    }
}
