package org.ipcollab.referral.rules.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a statutory clock shows at an instant.
 *
 * @param ruleId      the rule
 * @param status      the status
 * @param dueDate     the last day of the period (after extensions, pauses and the final-day roll-over), or
 *                    {@code null} for hour periods
 * @param dueAt       the last instant that is still on time: the end of {@code dueDate} (23:59:59.999999999
 *                    Asia/Shanghai) for day units, the exact instant for hours
 * @param pausedTotal the exact time spent paused (an open pause counted up to the reading)
 * @param pausedDays  for day units, the number of distinct Asia/Shanghai dates touched by a pause; 0 for hours
 * @param remaining   from the reading (or from the stop, for a done clock) to {@code dueAt}; negative when late
 */
public record ClockReading(String ruleId, ClockStatus status, LocalDate dueDate, Instant dueAt, Duration pausedTotal,
        int pausedDays, Duration remaining) {
}
