package org.ipcollab.cases.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ipcollab.cases.rules.domain.ClockStatus;
import org.ipcollab.cases.rules.domain.Counting;
import org.ipcollab.cases.rules.domain.PeriodUnit;

/**
 * {@code GET /rules/time-limits/{id}/due}: what a clock of the rule version in force on the start's legal date
 * shows when started at {@code startedAt} and read at once — no pauses, no extensions.
 *
 * @param startDate the legal date (Asia/Shanghai) of the start; day periods count from the day after it
 * @param dueDate   the last day of the period, or null for hour periods
 * @param dueAt     the last instant that is still on time
 * @param calendars the working-day calendars the count went through (empty when the rule needs none), with their
 *                  confirmed flag and origin: a due date that rests on an unconfirmed calendar is unconfirmed too
 */
public record DueResponse(String ruleId, String labelZh, String labelEn, int amount, PeriodUnit unit,
        Counting counting, boolean finalDayRollsOver, boolean ruleConfirmed, String citation, Instant startedAt,
        LocalDate startDate, ClockStatus status, LocalDate dueDate, Instant dueAt, List<CalendarUsed> calendars) {

    public record CalendarUsed(int year, boolean confirmed, RuleOrigin.Source origin, String sourceDocument) {
    }
}
