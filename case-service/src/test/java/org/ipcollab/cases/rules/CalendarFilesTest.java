package org.ipcollab.cases.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ipcollab.cases.rules.domain.Holiday;
import org.ipcollab.cases.rules.domain.WorkingDayCalendar;
import org.ipcollab.cases.rules.domain.YearCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CalendarFilesTest {
    private final WorkingDayCalendar calendar = CalendarFiles.bundled();

    /** Every weekday the two notices state in brackets, e.g. "1月26日（周日）上班". */
    private static final Map<String, DayOfWeek> WEEKDAYS_STATED_IN_THE_NOTICES = Map.ofEntries(
            // 国办发明电〔2024〕12号
            Map.entry("2025-01-01", DayOfWeek.WEDNESDAY),
            Map.entry("2025-01-28", DayOfWeek.TUESDAY), Map.entry("2025-02-04", DayOfWeek.TUESDAY),
            Map.entry("2025-01-26", DayOfWeek.SUNDAY), Map.entry("2025-02-08", DayOfWeek.SATURDAY),
            Map.entry("2025-04-04", DayOfWeek.FRIDAY), Map.entry("2025-04-06", DayOfWeek.SUNDAY),
            Map.entry("2025-05-01", DayOfWeek.THURSDAY), Map.entry("2025-05-05", DayOfWeek.MONDAY),
            Map.entry("2025-04-27", DayOfWeek.SUNDAY),
            Map.entry("2025-05-31", DayOfWeek.SATURDAY), Map.entry("2025-06-02", DayOfWeek.MONDAY),
            Map.entry("2025-10-01", DayOfWeek.WEDNESDAY), Map.entry("2025-10-08", DayOfWeek.WEDNESDAY),
            Map.entry("2025-09-28", DayOfWeek.SUNDAY), Map.entry("2025-10-11", DayOfWeek.SATURDAY),
            // 国办发明电〔2025〕7号
            Map.entry("2026-01-01", DayOfWeek.THURSDAY), Map.entry("2026-01-03", DayOfWeek.SATURDAY),
            Map.entry("2026-01-04", DayOfWeek.SUNDAY),
            Map.entry("2026-02-15", DayOfWeek.SUNDAY), Map.entry("2026-02-23", DayOfWeek.MONDAY),
            Map.entry("2026-02-14", DayOfWeek.SATURDAY), Map.entry("2026-02-28", DayOfWeek.SATURDAY),
            Map.entry("2026-04-04", DayOfWeek.SATURDAY), Map.entry("2026-04-06", DayOfWeek.MONDAY),
            Map.entry("2026-05-01", DayOfWeek.FRIDAY), Map.entry("2026-05-05", DayOfWeek.TUESDAY),
            Map.entry("2026-05-09", DayOfWeek.SATURDAY),
            Map.entry("2026-06-19", DayOfWeek.FRIDAY), Map.entry("2026-06-21", DayOfWeek.SUNDAY),
            Map.entry("2026-09-25", DayOfWeek.FRIDAY), Map.entry("2026-09-27", DayOfWeek.SUNDAY),
            Map.entry("2026-10-01", DayOfWeek.THURSDAY), Map.entry("2026-10-07", DayOfWeek.WEDNESDAY),
            Map.entry("2026-09-20", DayOfWeek.SUNDAY), Map.entry("2026-10-10", DayOfWeek.SATURDAY));

    @Test
    @DisplayName("every weekday the 2025 and 2026 notices state is the weekday java.time gives")
    void noticeWeekdaysAreRight() {
        WEEKDAYS_STATED_IN_THE_NOTICES.forEach((date, stated) ->
                assertEquals(stated, LocalDate.parse(date).getDayOfWeek(), date));
    }

    @Test
    @DisplayName("the bundled calendars are 2025 and 2026, confirmed, each citing its State Council notice")
    void bundledYears() {
        assertEquals(List.of(2025, 2026), List.copyOf(calendar.years()));
        YearCalendar y2025 = calendar.year(2025);
        assertTrue(y2025.confirmed());
        assertEquals("国办发明电〔2024〕12号", y2025.source().document());
        assertEquals("国务院办公厅关于2025年部分节假日安排的通知", y2025.source().title());
        assertEquals(LocalDate.parse("2024-11-12"), y2025.source().published());
        YearCalendar y2026 = calendar.year(2026);
        assertTrue(y2026.confirmed());
        assertEquals("国办发明电〔2025〕7号", y2026.source().document());
        assertEquals(LocalDate.parse("2025-11-04"), y2026.source().published());
    }

    @Test
    @DisplayName("each holiday has as many days off as its notice says (2025: 1, 8, 3, 5, 3, 8; 2026: 3, 9, 3, 5, 3, "
            + "3, 7)")
    void holidayLengths() {
        assertEquals(List.of(1, 8, 3, 5, 3, 8), lengths(calendar.year(2025)));
        assertEquals(List.of(3, 9, 3, 5, 3, 3, 7), lengths(calendar.year(2026)));
        Holiday springFestival2026 = calendar.year(2026).holidays().get(1);
        assertEquals("春节", springFestival2026.nameZh());
        assertEquals(LocalDate.parse("2026-02-15"), springFestival2026.dates().get(0));
        assertEquals(LocalDate.parse("2026-02-23"), springFestival2026.dates().get(8));
    }

    @Test
    @DisplayName("the adjusted working days are the ones the notices name, every one a weekend day that is worked")
    void adjustedWorkingDays() {
        assertEquals(List.of("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"),
                calendar.year(2025).adjustedWorkingDays().stream().map(a -> a.date().toString()).toList());
        assertEquals(List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"),
                calendar.year(2026).adjustedWorkingDays().stream().map(a -> a.date().toString()).toList());
        for (int year : calendar.years()) {
            calendar.year(year).adjustedWorkingDays().forEach(a -> assertTrue(calendar.isWorkingDay(a.date())));
            calendar.year(year).holidays().forEach(h -> h.dates()
                    .forEach(d -> assertFalse(calendar.isWorkingDay(d), d.toString())));
        }
    }

    @Test
    @DisplayName("2025 and 2026 each have 248 working days: 365 − 104 weekend days − 13 statutory holidays")
    void workingDayTotals() {
        // 2025: 261 weekdays − 18 weekday days off + 5 adjusted = 248; 2026: 261 − 19 + 6 = 248.
        for (int year : calendar.years()) {
            int weekdays = 0;
            int expected;
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() <= 5) {
                    weekdays++;
                }
            }
            long weekdayHolidays = calendar.year(year).holidays().stream().flatMap(h -> h.dates().stream())
                    .filter(d -> d.getDayOfWeek().getValue() <= 5).count();
            expected = weekdays - (int) weekdayHolidays + calendar.year(year).adjustedWorkingDays().size();
            int counted = 0;
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                if (calendar.isWorkingDay(d)) {
                    counted++;
                }
            }
            assertEquals(expected, counted, "working days in " + year);
            assertEquals(248, counted, "working days in " + year);
        }
    }

    @Test
    @DisplayName("a calendar file with an unknown field is refused with the file and field named")
    void unknownFieldRefused() {
        String json = """
                {"year": 2030, "source": {"document": "x", "title": "t", "published": "2029-11-01"},
                 "confirmed": false, "holidays": [], "adjustedWorkingDays": [], "holiday": []}
                """;
        RuleFileException e = assertThrows(RuleFileException.class, () -> CalendarFiles.read("cn-2030.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("cn-2030.json") && e.getMessage().contains("holiday"), e.getMessage());
    }

    @Test
    @DisplayName("an adjusted working day on a weekday is refused with its place in the file")
    void weekdayAdjustmentRefused() {
        String json = """
                {"year": 2030, "source": {"document": "x", "title": "t", "published": "2029-11-01"},
                 "confirmed": false, "holidays": [],
                 "adjustedWorkingDays": [{"date": "2030-01-07", "for_zh": "元旦"}]}
                """;
        RuleFileException e = assertThrows(RuleFileException.class, () -> CalendarFiles.read("cn-2030.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("adjustedWorkingDays[0]"), e.getMessage());
    }

    private static List<Integer> lengths(YearCalendar year) {
        return year.holidays().stream().map(h -> h.dates().size()).toList();
    }
}
