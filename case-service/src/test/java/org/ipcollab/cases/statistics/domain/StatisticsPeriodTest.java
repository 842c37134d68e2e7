package org.ipcollab.cases.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StatisticsPeriodTest {
    @Test
    @DisplayName("months of a range are cut to it at both ends")
    void monthsCut() {
        List<StatisticsPeriod.Bucket> b = StatisticsPeriod.MONTH.buckets(LocalDate.of(2026, 1, 20),
                LocalDate.of(2026, 3, 5));
        assertEquals(List.of("2026-01", "2026-02", "2026-03"), b.stream().map(StatisticsPeriod.Bucket::label).toList());
        assertEquals(LocalDate.of(2026, 1, 20), b.get(0).from());
        assertEquals(LocalDate.of(2026, 1, 1), b.get(0).calendarStart());
        assertEquals(LocalDate.of(2026, 2, 28), b.get(1).to());
        assertEquals(LocalDate.of(2026, 3, 5), b.get(2).to());
    }

    @Test
    @DisplayName("a day belongs to its calendar quarter and year")
    void quartersAndYears() {
        assertEquals(LocalDate.of(2026, 10, 1), StatisticsPeriod.QUARTER.startOf(LocalDate.of(2026, 12, 31)));
        assertEquals("2026-Q4", StatisticsPeriod.QUARTER.label(LocalDate.of(2026, 10, 1)));
        assertEquals(LocalDate.of(2026, 1, 1), StatisticsPeriod.YEAR.startOf(LocalDate.of(2026, 7, 9)));
        assertEquals(List.of("2025", "2026"), StatisticsPeriod.YEAR.buckets(LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 1, 1)).stream().map(StatisticsPeriod.Bucket::label).toList());
    }

    @Test
    @DisplayName("a range is at most five years and does not end before it starts")
    void rangeBounded() {
        new StatisticsRange(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), StatisticsPeriod.YEAR);
        assertThrows(IllegalArgumentException.class,
                () -> new StatisticsRange(LocalDate.of(2021, 1, 1), LocalDate.of(2026, 1, 1), StatisticsPeriod.YEAR));
        assertThrows(IllegalArgumentException.class,
                () -> new StatisticsRange(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1), StatisticsPeriod.MONTH));
    }

    @Test
    @DisplayName("rates have four places and are null without a denominator; average days two places")
    void rates() {
        assertEquals("0.3333", PeriodFigures.rate(1, 3));
        assertEquals("1.0000", PeriodFigures.rate(2, 2));
        assertNull(PeriodFigures.rate(0, 0));
        PeriodFigures f = new PeriodFigures();
        assertNull(f.averageDurationDays());
        f.addClosed(2, 1, 2, 36 * 3600 + 12 * 3600);
        assertEquals("1.00", f.averageDurationDays());
        assertEquals("0.5000", f.onTimeClosingRate());
    }
}
