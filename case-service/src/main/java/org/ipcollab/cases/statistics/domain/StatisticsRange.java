package org.ipcollab.cases.statistics.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The legal dates statistics cover, both inclusive, cut into periods. At most five years, so one request cannot
 * make the database count decades day by day.
 */
public record StatisticsRange(LocalDate from, LocalDate to, StatisticsPeriod period) {
    public static final int MAX_YEARS = 5;

    public StatisticsRange {
        if (from == null || to == null || period == null) {
            throw new IllegalArgumentException("from, to and period are required");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            throw new IllegalArgumentException("the range " + from + " – " + to + " is longer than " + MAX_YEARS
                    + " years; ask for at most " + MAX_YEARS + " years at a time");
        }
    }

    public List<StatisticsPeriod.Bucket> buckets() {
        return period.buckets(from, to);
    }
}
