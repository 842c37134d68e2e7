package org.ipcollab.cases.rules.domain;

import static org.ipcollab.cases.rules.domain.Fixtures.aYear;
import static org.ipcollab.cases.rules.domain.Fixtures.date;
import static org.ipcollab.cases.rules.domain.Fixtures.officialCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {
    private final WorkingDayCalendar calendar = officialCalendar();

    @Test
    @DisplayName("Sunday 2025-01-26 is a working day: it is worked for the Spring Festival (调休)")
    void adjustedSundayIsWorked() {
        assertEquals(DayOfWeek.SUNDAY, date("2025-01-26").getDayOfWeek());
        assertTrue(calendar.isWorkingDay(date("2025-01-26")));
        assertEquals("春节", calendar.adjustedWorkingDayOn(date("2025-01-26")).orElseThrow().forZh());
    }

    @Test
    @DisplayName("Wednesday 2025-10-08 is not a working day: it is the last day of the National Day and Mid-Autumn "
            + "break")
    void holidayWednesdayIsOff() {
        assertEquals(DayOfWeek.WEDNESDAY, date("2025-10-08").getDayOfWeek());
        assertFalse(calendar.isWorkingDay(date("2025-10-08")));
        assertEquals("国庆节、中秋节", calendar.holidayOn(date("2025-10-08")).orElseThrow().nameZh());
    }

    @Test
    @DisplayName("an ordinary Saturday is off and an ordinary Tuesday is worked")
    void ordinaryWeek() {
        assertFalse(calendar.isWorkingDay(date("2025-03-15")));
        assertTrue(calendar.isWorkingDay(date("2025-03-18")));
    }

    @Test
    @DisplayName("a date in a year without a calendar fails loudly, naming the year, instead of guessing Monday–Friday")
    void unknownYearFails() {
        CalendarNotLoadedException e = assertThrows(CalendarNotLoadedException.class,
                () -> calendar.isWorkingDay(date("2024-06-03")));
        assertEquals(2024, e.year());
        assertTrue(e.getMessage().contains("2024"), e.getMessage());
        assertThrows(CalendarNotLoadedException.class, () -> calendar.holidayOn(date("2027-01-01")));
        assertThrows(CalendarNotLoadedException.class, () -> calendar.year(2027));
    }

    @Test
    @DisplayName("counting working days past the last loaded year fails, naming the missing year")
    void countingIntoUnknownYearFails() {
        // From Monday 2026-12-21, 15 working days would end in January 2027, which has no calendar.
        CalendarNotLoadedException e = assertThrows(CalendarNotLoadedException.class,
                () -> calendar.plusWorkingDays(date("2026-12-21"), 15));
        assertEquals(2027, e.year());
    }

    @Test
    @DisplayName("provisionally, a year without a calendar counts Monday–Friday and says it did: 15 working days from "
            + "Monday 2026-12-21 end on Monday 2027-01-11 (no 2027 New Year holiday known)")
    void provisionalCounting() {
        WorkingDayCalendar provisional = calendar.provisional();
        assertEquals(date("2027-01-11"), provisional.plusWorkingDays(date("2026-12-21"), 15));
        assertTrue(provisional.isProvisionalBetween(date("2026-12-21"), date("2027-01-12")));
        assertFalse(provisional.isProvisionalBetween(date("2025-12-21"), date("2026-01-12")));
        // the official data still applies where it is loaded: 2026-01-01 is a holiday
        assertFalse(provisional.isWorkingDay(date("2026-01-01")));
        // and the strict calendar is unchanged
        assertThrows(CalendarNotLoadedException.class, () -> calendar.isWorkingDay(date("2027-01-04")));
    }

    @Test
    @DisplayName("legal dates are Beijing dates: 16:30 UTC on 30 September is already 1 October, a holiday")
    void legalDatesAreInShanghai() {
        Instant instant = Instant.parse("2025-09-30T16:30:00Z");
        assertEquals(date("2025-10-01"), WorkingDayCalendar.legalDate(instant));
        assertFalse(calendar.isWorkingDay(WorkingDayCalendar.legalDate(instant)));
        assertEquals(Instant.parse("2025-10-23T15:59:59.999999999Z"), WorkingDayCalendar.endOf(date("2025-10-23")));
    }

    @Test
    @DisplayName("15 working days from a clue on Friday 2025-09-26 end on Thursday 2025-10-23, across the National Day "
            + "week")
    void fifteenWorkingDaysAcrossNationalDay2025() {
        // 09-27 Sat off | 09-28 Sun worked 1 | 09-29 Mon 2 | 09-30 Tue 3 | 10-01..10-08 off |
        // 10-09 Thu 4 | 10-10 Fri 5 | 10-11 Sat worked 6 | 10-12 Sun off | 10-13..10-17 7..11 | 10-20..10-23 12..15
        assertEquals(date("2025-10-23"), calendar.plusWorkingDays(date("2025-09-26"), 15));
    }

    @Test
    @DisplayName("15 working days from a clue on Tuesday 2026-02-10 end on Monday 2026-03-09, across the Spring "
            + "Festival")
    void fifteenWorkingDaysAcrossSpringFestival2026() {
        // 02-11 Wed 1 | 02-12 Thu 2 | 02-13 Fri 3 | 02-14 Sat worked 4 | 02-15..02-23 off |
        // 02-24..02-27 Tue–Fri 5..8 | 02-28 Sat worked 9 | 03-01 Sun off | 03-02..03-06 10..14 | 03-09 Mon 15
        assertEquals(date("2026-03-09"), calendar.plusWorkingDays(date("2026-02-10"), 15));
    }

    @Test
    @DisplayName("3 working days from Wednesday 2025-12-31 end on Tuesday 2026-01-06, across New Year and two "
            + "calendars")
    void threeWorkingDaysAcrossNewYear2026() {
        // 01-01..01-03 off | 01-04 Sun worked 1 | 01-05 Mon 2 | 01-06 Tue 3
        assertEquals(date("2026-01-06"), calendar.plusWorkingDays(date("2025-12-31"), 3));
    }

    @Test
    @DisplayName("the next working day after the 2025 National Day break is Thursday 2025-10-09")
    void nextWorkingDay() {
        assertEquals(date("2025-10-09"), calendar.nextWorkingDayAfter(date("2025-09-30")));
        assertEquals(date("2025-09-28"), calendar.nextWorkingDayAfter(date("2025-09-26")));
    }

    @Test
    @DisplayName("a weekday cannot be listed as an adjusted working day")
    void adjustedWeekdayRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AdjustedWorkingDay(date("2025-01-27"), "春节"));
    }

    @Test
    @DisplayName("a date cannot be both a day off and a working day, nor two calendars be loaded for one year")
    void contradictionsRefused() {
        Holiday newYear = new Holiday("元旦", "New Year's Day", List.of(date("2030-01-05")));
        assertThrows(IllegalArgumentException.class, () -> aYear(2030, List.of(newYear),
                List.of(new AdjustedWorkingDay(date("2030-01-05"), "元旦"))));
        YearCalendar year = aYear(2030, List.of(newYear), List.of());
        assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.of(List.of(year, year)));
        assertThrows(IllegalArgumentException.class, () -> aYear(2030,
                List.of(new Holiday("x", "x", List.of(date("2031-01-01")))), List.of()));
    }

    @Test
    @DisplayName("an administrator can load a later year, after which its dates are answered")
    void loadLaterYear() {
        YearCalendar y2027 = aYear(2027, List.of(new Holiday("元旦", "New Year's Day", List.of(date("2027-01-01")))),
                List.of());
        WorkingDayCalendar extended = calendar.with(y2027);
        assertFalse(extended.isWorkingDay(date("2027-01-01")));
        assertTrue(extended.isWorkingDay(date("2027-01-04")));
        assertEquals(List.of(2025, 2026, 2027), List.copyOf(extended.years()));
        assertFalse(calendar.covers(2027), "the original calendar is unchanged");
    }
}
