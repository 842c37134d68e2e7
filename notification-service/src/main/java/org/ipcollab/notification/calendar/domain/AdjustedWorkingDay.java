package org.ipcollab.notification.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 调休上班日 — a Saturday or Sunday that the State Council's notice makes a working day.
 *
 * @param date  the weekend date that is worked
 * @param forZh the holiday it compensates, e.g. 春节
 */
public record AdjustedWorkingDay(LocalDate date, String forZh) {
    public AdjustedWorkingDay {
        Objects.requireNonNull(date, "date");
        if (forZh == null || forZh.isBlank()) {
            throw new IllegalArgumentException("adjusted working day " + date + " names the holiday it is for");
        }
        DayOfWeek day = date.getDayOfWeek();
        if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException("adjusted working day " + date + " is a " + day
                    + ", but only a Saturday or Sunday can be made a working day");
        }
    }
}
