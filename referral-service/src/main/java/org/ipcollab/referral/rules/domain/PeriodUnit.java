package org.ipcollab.referral.rules.domain;

/** 期间单位 — the unit a statutory period is counted in. */
public enum PeriodUnit {
    /** 小时 — hours, counted from the exact instant of the triggering event. */
    HOURS,
    /** 日 — calendar days (自然日), counted from the day after the triggering event. */
    CALENDAR_DAYS,
    /** 工作日 — working days of the official PRC calendar (调休 included), counted from the day after. */
    WORKING_DAYS,
    /**
     * 月 — months, counted from the day after; the last day is the day of the final month with the same number as the
     * starting day, or that month's last day when it has no such day (Civil Code arts 201–202).
     */
    MONTHS;

    public boolean isDayBased() {
        return this != HOURS;
    }
}
