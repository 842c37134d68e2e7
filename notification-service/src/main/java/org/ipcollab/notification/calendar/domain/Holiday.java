package org.ipcollab.notification.calendar.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * 法定节假日 — one holiday of a year's calendar with all its days off (放假调休日期), weekends inside it included.
 *
 * @param nameZh e.g. 春节
 * @param nameEn e.g. Spring Festival
 * @param dates  the days off, in order, no duplicates
 */
public record Holiday(String nameZh, String nameEn, List<LocalDate> dates) {
    public Holiday {
        if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new IllegalArgumentException("a holiday has a Chinese and an English name");
        }
        if (dates == null || dates.isEmpty()) {
            throw new IllegalArgumentException("holiday " + nameZh + " has no dates");
        }
        dates = List.copyOf(dates.stream().sorted().toList());
        if (dates.stream().distinct().count() != dates.size()) {
            throw new IllegalArgumentException("holiday " + nameZh + " lists a date twice");
        }
    }
}
