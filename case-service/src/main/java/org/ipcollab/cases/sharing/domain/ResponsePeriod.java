package org.ipcollab.cases.sharing.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.ipcollab.cases.rules.domain.WorkingDayCalendar;

/**
 * 答复期限 — the agreement's deadline for answering a clue transfer or an assistance request (DOMAIN.md §3.5: no
 * published deadline, so it is the agreement's data). Counted like a statutory period: the day the request arrives is
 * not counted; the deadline is the end (24:00 Beijing time) of the last day.
 *
 * @param amount 1–365
 * @param unit   working days of the official calendar (调休 included) or calendar days
 */
public record ResponsePeriod(int amount, Unit unit) {
    public enum Unit {
        WORKING_DAYS("个工作日", "working days"), CALENDAR_DAYS("日", "calendar days");

        private final String labelZh;
        private final String labelEn;

        Unit(String labelZh, String labelEn) {
            this.labelZh = labelZh;
            this.labelEn = labelEn;
        }

        public String labelZh() {
            return labelZh;
        }

        public String labelEn() {
            return labelEn;
        }
    }

    public ResponsePeriod {
        if (unit == null || amount < 1 || amount > 365) {
            throw new IllegalArgumentException("a response period is 1 to 365 working or calendar days");
        }
    }

    /** When a request sent at {@code sentAt} must be answered. */
    public Due dueAt(Instant sentAt, WorkingDayCalendar calendar) {
        LocalDate start = WorkingDayCalendar.legalDate(sentAt);
        if (unit == Unit.CALENDAR_DAYS) {
            return new Due(WorkingDayCalendar.endOf(start.plusDays(amount)), false);
        }
        WorkingDayCalendar counting = calendar.provisional();
        LocalDate last = counting.plusWorkingDays(start, amount);
        return new Due(WorkingDayCalendar.endOf(last), calendar.isProvisionalBetween(start, last));
    }

    /** @param provisional a year without a loaded calendar was counted Monday–Friday */
    public record Due(Instant at, boolean provisional) {
    }

    public String labelZh() {
        return amount + unit.labelZh();
    }

    public String labelEn() {
        return amount + " " + unit.labelEn();
    }
}
