package org.ipcollab.notification.calendar.domain;

/**
 * A date was asked about for which no year calendar is loaded. Never answered with a Monday–Friday guess: a statutory
 * date computed without the official calendar could be wrong by a whole holiday week.
 */
public final class CalendarNotLoadedException extends IllegalStateException {
    private final int year;

    public CalendarNotLoadedException(int year) {
        super("no working-day calendar (工作日历) is loaded for the year " + year
                + "; load the State Council holiday notice for " + year + " before computing dates in it");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
