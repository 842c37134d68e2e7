package org.ipcollab.referral.rules.domain;

/** A clock operation the rules do not allow (pausing for a reason that counts, extending past the tiers, ...). */
public final class ClockOperationRefused extends IllegalStateException {
    public ClockOperationRefused(String message) {
        super(message);
    }
}
