package org.ipcollab.notification.calendar.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * 工作日历 — one year's official holidays and adjusted working days, as published by the State Council.
 * Dates lie in the year itself or in the preceding December (notices sometimes place a New Year day off or an adjusted
 * working day there, e.g. 2018-12-29 in the 2019 notice).
 *
 * @param year                the calendar year
 * @param source              the notice
 * @param confirmed           whether the data was checked against the notice's text
 * @param holidays            the days off
 * @param adjustedWorkingDays 调休 weekend days that are worked
 */
public record YearCalendar(int year, CalendarSource source, boolean confirmed, List<Holiday> holidays,
        List<AdjustedWorkingDay> adjustedWorkingDays) {
    public YearCalendar {
        Objects.requireNonNull(source, "source");
        holidays = List.copyOf(holidays);
        adjustedWorkingDays = List.copyOf(adjustedWorkingDays);
        LocalDate first = LocalDate.of(year - 1, 12, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Set<LocalDate> seen = new HashSet<>();
        for (Holiday holiday : holidays) {
            for (LocalDate date : holiday.dates()) {
                requireWithin(year, date, first, last);
                if (!seen.add(date)) {
                    throw new IllegalArgumentException(year + " calendar lists " + date + " twice");
                }
            }
        }
        for (AdjustedWorkingDay adjusted : adjustedWorkingDays) {
            requireWithin(year, adjusted.date(), first, last);
            if (!seen.add(adjusted.date())) {
                throw new IllegalArgumentException(year + " calendar lists " + adjusted.date()
                        + " both as a day off and as a working day, or twice");
            }
        }
    }

    private static void requireWithin(int year, LocalDate date, LocalDate first, LocalDate last) {
        if (date.isBefore(first) || date.isAfter(last)) {
            throw new IllegalArgumentException(year + " calendar has " + date + ", outside " + first + ".." + last);
        }
    }
}
