package org.ipcollab.referral.rules.domain;

/** Where a statutory clock stands at a given instant. */
public enum ClockStatus {
    /** running, not yet due. */
    RUNNING,
    /** stopped for a pause that does not count, not overdue. */
    PAUSED,
    /** stopped (the act was done) no later than the due instant. */
    DONE_ON_TIME,
    /** stopped after the due instant. */
    DONE_LATE,
    /** not done, and the due instant has passed (checked before PAUSED: pausing an overdue clock does not save it). */
    OVERDUE
}
