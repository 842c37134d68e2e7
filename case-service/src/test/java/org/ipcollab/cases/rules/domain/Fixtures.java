package org.ipcollab.cases.rules.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.ipcollab.cases.rules.CalendarFiles;
import org.ipcollab.cases.rules.TimeLimitFiles;

/** Small fixtures: the bundled official calendars and rules, and legal (Asia/Shanghai) times. */
final class Fixtures {
    private static final WorkingDayCalendar OFFICIAL = CalendarFiles.bundled();
    private static final TimeLimitRules RULES = TimeLimitFiles.bundled();

    private Fixtures() {
    }

    /** The 2025 and 2026 calendars from the State Council notices. */
    static WorkingDayCalendar officialCalendar() {
        return OFFICIAL;
    }

    static TimeLimitRule rule(String id, LocalDate on) {
        return RULES.inForce(id, on);
    }

    /** {@code "2025-09-26T10:00"} read as Beijing time. */
    static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.LEGAL_ZONE).toInstant();
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** A made-up one-holiday year, for tests that must not depend on the official data. */
    static YearCalendar aYear(int year, List<Holiday> holidays, List<AdjustedWorkingDay> adjusted) {
        return new YearCalendar(year, new CalendarSource("测试〔" + year + "〕1号", "test calendar " + year, null,
                LocalDate.of(year - 1, 11, 1)), false, holidays, adjusted);
    }

    /** A rule with the given shape, for clock mechanics not pinned to a real rule. */
    static TimeLimitRule aRule(int amount, PeriodUnit unit, Set<PauseReason> pauses,
            List<ExtensionRule> extensions) {
        Counting counting = unit == PeriodUnit.HOURS ? Counting.FROM_INSTANT : Counting.FROM_NEXT_DAY;
        boolean rolls = unit == PeriodUnit.CALENDAR_DAYS || unit == PeriodUnit.MONTHS;
        return new TimeLimitRule("test.rule", "测试", "test rule", amount, unit, counting, "the test starts", rolls,
                pauses, extensions, List.of(new LegalSource("test law", "art 1")), null, null, true, null);
    }
}
