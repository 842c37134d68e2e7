package org.ipcollab.referral.rules.domain;

/** How a period is laid against the event that triggers it. */
public enum Counting {
    /**
     * 期间开始的日不计算在期间内 — the day of the event (its legal date in Asia/Shanghai) does not count; day 1 is the
     * next day. For day and month units.
     */
    FROM_NEXT_DAY,
    /** From the exact instant of the event. For hour units. */
    FROM_INSTANT,
    /**
     * "N days before" a scheduled event (e.g. 举行听证的七日前通知): the period gives the latest day on which something
     * may be done. Not a running clock; see {@link TimeLimitRule#latestDayBefore}.
     */
    BEFORE_EVENT
}
