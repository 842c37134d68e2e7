package org.ipcollab.cases.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /rules/working-days}: every date from {@code from} to {@code to}, both included. */
public record WorkingDaysResponse(LocalDate from, LocalDate to, int workingDays, List<Day> days) {

    /**
     * @param working       a working day (Monday–Friday and not a day off, or an adjusted working weekend day)
     * @param holidayZh     the holiday the date is a day off of, or null
     * @param adjusted      a weekend day made a working day (调休上班)
     * @param adjustedForZh the holiday it makes up for, or null
     */
    public record Day(LocalDate date, DayOfWeek dayOfWeek, boolean working, String holidayZh, String holidayEn,
            boolean adjusted, String adjustedForZh) {
    }
}
