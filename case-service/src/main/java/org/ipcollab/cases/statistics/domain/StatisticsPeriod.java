package org.ipcollab.cases.statistics.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 统计周期 — the length of one row of the statistics: a calendar month, quarter or year (Beijing legal dates). */
public enum StatisticsPeriod {
    MONTH("月", "Month"),
    QUARTER("季度", "Quarter"),
    YEAR("年", "Year");

    private final String labelZh;
    private final String labelEn;

    StatisticsPeriod(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The first day of the period that contains {@code day}. */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day of the next period. */
    LocalDate next(LocalDate start) {
        return switch (this) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** The name of the period starting on {@code start}: {@code 2026-11}, {@code 2026-Q4}, {@code 2026}. */
    public String label(LocalDate start) {
        return switch (this) {
            case MONTH -> "%04d-%02d".formatted(start.getYear(), start.getMonthValue());
            case QUARTER -> "%04d-Q%d".formatted(start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> "%04d".formatted(start.getYear());
        };
    }

    /** The periods that overlap [{@code from}, {@code to}], each cut to that range, in order. */
    public List<Bucket> buckets(LocalDate from, LocalDate to) {
        List<Bucket> buckets = new ArrayList<>();
        for (LocalDate start = startOf(from); !start.isAfter(to); start = next(start)) {
            LocalDate end = next(start).minusDays(1);
            buckets.add(new Bucket(label(start), start, start.isBefore(from) ? from : start,
                    end.isAfter(to) ? to : end));
        }
        return buckets;
    }

    /** One period as reported: its name, the day it starts on the calendar, and the part of it inside the range. */
    public record Bucket(String label, LocalDate calendarStart, LocalDate from, LocalDate to) {
    }
}
