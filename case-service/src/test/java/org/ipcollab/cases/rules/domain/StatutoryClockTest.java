package org.ipcollab.cases.rules.domain;

import static org.ipcollab.cases.rules.domain.Fixtures.aRule;
import static org.ipcollab.cases.rules.domain.Fixtures.beijing;
import static org.ipcollab.cases.rules.domain.Fixtures.date;
import static org.ipcollab.cases.rules.domain.Fixtures.officialCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Statutory clocks pinned to the official 2025 and 2026 calendars. Each expected date is worked out by hand in a
 * comment: "n" marks the n-th counted day, "off" a day that is not counted.
 */
class StatutoryClockTest {
    private static final WorkingDayCalendar CALENDAR = officialCalendar();

    /** 立案决定 — 15 working days from a clue. */
    static StatutoryClock anOpeningDecisionClock(String clueReceived) {
        Instant at = beijing(clueReceived);
        return StatutoryClock.start(Fixtures.rule("case.open-decision", WorkingDayCalendar.legalDate(at)), at);
    }

    /** 结案 — 90 days from opening. */
    static StatutoryClock aConclusionClock(String opened) {
        Instant at = beijing(opened);
        return StatutoryClock.start(Fixtures.rule("case.conclude", WorkingDayCalendar.legalDate(at)), at);
    }

    static ClockReading read(StatutoryClock clock, String at) {
        return clock.read(CALENDAR, beijing(at));
    }

    @Nested
    @DisplayName("working-day clocks")
    class WorkingDays {
        @Test
        @DisplayName("a clue received on Friday 2025-09-26 must be decided by Thursday 2025-10-23, across the National "
                + "Day week with its worked Sunday 09-28 and Saturday 10-11")
        void acrossNationalDay2025() {
            // 09-27 Sat off | 09-28 Sun worked 1 | 09-29 Mon 2 | 09-30 Tue 3 | 10-01..10-08 off (8 days) |
            // 10-09 Thu 4 | 10-10 Fri 5 | 10-11 Sat worked 6 | 10-12 Sun off |
            // 10-13 Mon 7 .. 10-17 Fri 11 | 10-18/19 off | 10-20 Mon 12 | 10-21 13 | 10-22 14 | 10-23 Thu 15
            ClockReading reading = read(anOpeningDecisionClock("2025-09-26T10:00"), "2025-09-26T10:00");
            assertEquals(date("2025-10-23"), reading.dueDate());
            assertEquals(beijing("2025-10-23T23:59:59.999999999"), reading.dueAt());
            assertEquals(ClockStatus.RUNNING, reading.status());
        }

        @Test
        @DisplayName("a clue received on Tuesday 2026-02-10 must be decided by Monday 2026-03-09, across the 9-day "
                + "Spring Festival with worked Saturdays 02-14 and 02-28")
        void acrossSpringFestival2026() {
            // 02-11 Wed 1 | 02-12 Thu 2 | 02-13 Fri 3 | 02-14 Sat worked 4 | 02-15..02-23 off (9 days) |
            // 02-24 Tue 5 | 02-25 6 | 02-26 7 | 02-27 Fri 8 | 02-28 Sat worked 9 | 03-01 Sun off |
            // 03-02 Mon 10 .. 03-06 Fri 14 | 03-07/08 off | 03-09 Mon 15
            assertEquals(date("2026-03-09"), read(anOpeningDecisionClock("2026-02-10T15:20"), "2026-02-10T15:20")
                    .dueDate());
        }

        @Test
        @DisplayName("a publication revoked on Wednesday 2025-12-31 must be withdrawn within 3 working days: by "
                + "Tuesday 2026-01-06")
        void acrossNewYear2026() {
            // 2026-01-01 Thu, 01-02 Fri, 01-03 Sat off (元旦) | 01-04 Sun worked 1 | 01-05 Mon 2 | 01-06 Tue 3
            Instant revoked = beijing("2025-12-31T17:00");
            StatutoryClock clock = StatutoryClock.start(Fixtures.rule("case.publication-withdrawal",
                    date("2025-12-31")), revoked);
            assertEquals(date("2026-01-06"), clock.read(CALENDAR, revoked).dueDate());
        }

        @Test
        @DisplayName("a clue received just after midnight Beijing time counts from that Beijing date, not the UTC one")
        void startDateIsBeijingDate() {
            // 2025-09-25T16:30Z is 2025-09-26 00:30 in Beijing: same result as a clue on 09-26.
            StatutoryClock clock = StatutoryClock.start(Fixtures.rule("case.open-decision", date("2025-09-26")),
                    Instant.parse("2025-09-25T16:30:00Z"));
            assertEquals(date("2025-10-23"), clock.read(CALENDAR, Instant.parse("2025-09-25T16:30:00Z")).dueDate());
        }

        @Test
        @DisplayName("a 15-working-day clock approaching 2027 fails loudly because no 2027 calendar is loaded")
        void yearWithoutCalendar() {
            // From Monday 2026-12-21 only 8 weekdays remain in 2026; the count needs January 2027.
            StatutoryClock clock = anOpeningDecisionClock("2026-12-21T09:00");
            CalendarNotLoadedException e = assertThrows(CalendarNotLoadedException.class,
                    () -> read(clock, "2026-12-21T09:00"));
            assertEquals(2027, e.year());
            assertTrue(e.getMessage().contains("2027"));
        }
    }

    @Nested
    @DisplayName("calendar-day and month clocks and the final-day rule")
    class CalendarDays {
        @Test
        @DisplayName("a case opened on Tuesday 2025-07-08 has its 90th day on holiday Monday 2025-10-06, so it is due "
                + "on the first working day after: Thursday 2025-10-09")
        void ninetyDaysEndingInNationalDay() {
            // day 1 = 07-09; 07-09..07-31 = 23 days; +31 August = 54 (08-31); +30 September = 84 (09-30);
            // 10-01 85 .. 10-06 90 → a holiday; 10-07 and 10-08 are holidays too; 10-09 Thu is the first working day
            ClockReading reading = read(aConclusionClock("2025-07-08T11:00"), "2025-07-08T11:00");
            assertEquals(date("2025-10-09"), reading.dueDate());
        }

        @Test
        @DisplayName("a case opened on Thursday 2025-11-20 has its 90th day in the 2026 Spring Festival (02-18), so it "
                + "is due on Tuesday 2026-02-24")
        void ninetyDaysEndingInSpringFestival() {
            // 11-21..11-30 = 10; +31 December = 41 (12-31); +31 January = 72 (01-31); 02-01 73 .. 02-18 90;
            // 02-18..02-23 are off; 02-24 Tue is the first working day
            assertEquals(date("2026-02-24"), read(aConclusionClock("2025-11-20T09:00"), "2025-11-20T09:00")
                    .dueDate());
        }

        @Test
        @DisplayName("a 90th day that falls on a worked Saturday (2025-10-11) does not roll over")
        void ninetyDaysEndingOnAdjustedSaturday() {
            // opened Sunday 2025-07-13: 07-14..07-31 = 18; +31 = 49 (08-31); +30 = 79 (09-30); 10-01 80 .. 10-11 90
            assertEquals(date("2025-10-11"), read(aConclusionClock("2025-07-13T09:00"), "2025-07-13T09:00")
                    .dueDate());
        }

        @Test
        @DisplayName("2 months from 2025-07-31 end on 2025-09-30, the last day of a month without a 31st")
        void monthsClampToMonthEnd() {
            Instant received = beijing("2025-07-31T10:00");
            StatutoryClock clock = StatutoryClock.start(Fixtures.rule("referral.reverse-answer", date("2025-07-31")),
                    received);
            assertEquals(date("2025-09-30"), clock.read(CALENDAR, received).dueDate());
        }

        @Test
        @DisplayName("2 months from 2025-08-06 end on holiday 2025-10-06 and so roll to Thursday 2025-10-09")
        void monthsRollOverHoliday() {
            Instant received = beijing("2025-08-06T10:00");
            StatutoryClock clock = StatutoryClock.start(Fixtures.rule("referral.reverse-answer", date("2025-08-06")),
                    received);
            assertEquals(date("2025-10-09"), clock.read(CALENDAR, received).dueDate());
        }
    }

    @Nested
    @DisplayName("hour clocks")
    class Hours {
        static StatutoryClock aTransferClock(Instant approved) {
            return StatutoryClock.start(Fixtures.rule("referral.transfer-to-police",
                    WorkingDayCalendar.legalDate(approved)), approved);
        }

        @Test
        @DisplayName("24 hours from an approval at 20:00 on 2025-09-30 run across midnight and the holiday to 20:00 on "
                + "2025-10-01")
        void twentyFourHoursAcrossMidnight() {
            StatutoryClock clock = aTransferClock(beijing("2025-09-30T20:00"));
            ClockReading reading = read(clock, "2025-09-30T20:00");
            assertEquals(beijing("2025-10-01T20:00"), reading.dueAt());
            assertNull(reading.dueDate(), "hour clocks have no due date");
            assertEquals(ClockStatus.RUNNING, read(clock, "2025-10-01T20:00").status(), "exactly 24 h is on time");
            assertEquals(ClockStatus.OVERDUE, clock.status(CALENDAR, beijing("2025-10-01T20:00:01")));
            assertEquals(ClockStatus.DONE_ON_TIME, read(clock.stop(beijing("2025-10-01T19:30")), "2025-10-02T08:00")
                    .status());
        }

        @Test
        @DisplayName("a pause on an hour clock moves the due instant by exactly the paused time")
        void hourPauseShiftsExactly() {
            StatutoryClock clock = StatutoryClock.start(aRule(24, PeriodUnit.HOURS, Set.of(PauseReason.SUSPENSION),
                    List.of()), beijing("2025-03-03T22:30"))
                    .pause(PauseReason.SUSPENSION, beijing("2025-03-03T23:00"))
                    .resume(beijing("2025-03-04T01:30"));
            // 03-04 22:30 + 2 h 30 min paused = 03-05 01:00
            ClockReading reading = read(clock, "2025-03-04T12:00");
            assertEquals(beijing("2025-03-05T01:00"), reading.dueAt());
            assertEquals(Duration.ofMinutes(150), reading.pausedTotal());
            assertEquals(0, reading.pausedDays());
        }

        @Test
        @DisplayName("the 24-hour transfer cannot be paused: the rule excludes no pause")
        void transferCannotPause() {
            StatutoryClock clock = aTransferClock(beijing("2025-09-30T20:00"));
            assertThrows(ClockOperationRefused.class,
                    () -> clock.pause(PauseReason.TESTING, beijing("2025-09-30T21:00")));
        }
    }

    @Nested
    @DisplayName("pauses on day clocks")
    class Pauses {
        @Test
        @DisplayName("testing from Monday 09:00 to Friday 16:00 touches 5 days and extends a 90-day clock by 5 days")
        void fiveDayPauseExtendsNinetyDays() {
            // opened Thursday 2025-03-13: 03-14..03-31 = 18; +30 April = 48; +31 May = 79; 06-01 80 .. 06-11 Wed 90.
            // Testing 04-07 (Mon) 09:00 → 04-11 (Fri) 16:00 touches 04-07..04-11: 5 dates not counted → 06-16 Mon.
            StatutoryClock opened = aConclusionClock("2025-03-13T10:00");
            assertEquals(date("2025-06-11"), read(opened, "2025-03-13T10:00").dueDate());

            StatutoryClock testing = opened.pause(PauseReason.TESTING, beijing("2025-04-07T09:00"));
            assertEquals(ClockStatus.PAUSED, read(testing, "2025-04-09T12:00").status());

            StatutoryClock resumed = testing.resume(beijing("2025-04-11T16:00"));
            ClockReading reading = read(resumed, "2025-04-14T09:00");
            assertEquals(ClockStatus.RUNNING, reading.status());
            assertEquals(date("2025-06-16"), reading.dueDate());
            assertEquals(5, reading.pausedDays());
            assertEquals(Duration.ofDays(4).plusHours(7), reading.pausedTotal());
        }

        @Test
        @DisplayName("a pause of two hours within one day still takes that whole day out of a 90-day count")
        void partialDayCountsWhole() {
            // as above, but only 04-07 is touched: 06-11 + 1 = Thursday 06-12
            StatutoryClock clock = aConclusionClock("2025-03-13T10:00")
                    .pause(PauseReason.SUSPENSION, beijing("2025-04-07T09:00"))
                    .resume(beijing("2025-04-07T11:00"));
            ClockReading reading = read(clock, "2025-04-08T09:00");
            assertEquals(date("2025-06-12"), reading.dueDate());
            assertEquals(1, reading.pausedDays());
        }

        @Test
        @DisplayName("a pause over a weekend on a working-day clock only takes out the working days it touches")
        void weekendPauseOnWorkingDayClock() {
            // clue 2025-09-26 (due 10-23 unpaused). Testing Fri 10-17 15:00 → Mon 10-20 10:00 touches 10-17..10-20,
            // of which Fri 10-17 and Mon 10-20 are working days. Count: ..10-16 Thu 10 | 10-17, 10-20 paused |
            // 10-21 11 | 10-22 12 | 10-23 13 | 10-24 Fri 14 | 10-27 Mon 15
            StatutoryClock clock = anOpeningDecisionClock("2025-09-26T10:00")
                    .pause(PauseReason.TESTING, beijing("2025-10-17T15:00"))
                    .resume(beijing("2025-10-20T10:00"));
            assertEquals(date("2025-10-27"), read(clock, "2025-10-20T10:00").dueDate());
        }

        @Test
        @DisplayName("while testing is still under way, the due date keeps moving and the clock shows PAUSED")
        void openPauseMovesDueDate() {
            // testing from Mon 10-13 09:00, read on Wed 10-15 12:00: 10-13, 10-14, 10-15 not counted.
            // ..10-11 Sat worked 6 | 10-16 Thu 7 | 10-17 8 | 10-20 9 | 10-21 10 | 10-22 11 | 10-23 12 | 10-24 13 |
            // 10-27 14 | 10-28 Tue 15
            StatutoryClock clock = anOpeningDecisionClock("2025-09-26T10:00")
                    .pause(PauseReason.TESTING, beijing("2025-10-13T09:00"));
            ClockReading reading = read(clock, "2025-10-15T12:00");
            assertEquals(ClockStatus.PAUSED, reading.status());
            assertEquals(date("2025-10-28"), reading.dueDate());
            assertEquals(Duration.ofHours(51), reading.pausedTotal());
        }

        @Test
        @DisplayName("the opening decision cannot be paused for a suspension: only testing time is excluded")
        void onlyExcludedReasonsPause() {
            StatutoryClock clock = anOpeningDecisionClock("2025-09-26T10:00");
            assertThrows(ClockOperationRefused.class,
                    () -> clock.pause(PauseReason.SUSPENSION, beijing("2025-09-29T10:00")));
            StatutoryClock paused = clock.pause(PauseReason.TESTING, beijing("2025-09-29T10:00"));
            assertThrows(ClockOperationRefused.class,
                    () -> paused.pause(PauseReason.TESTING, beijing("2025-09-30T10:00")));
            assertThrows(ClockOperationRefused.class, () -> clock.resume(beijing("2025-09-30T10:00")));
        }

        @Test
        @DisplayName("pausing a clock that is already overdue does not save it")
        void pauseAfterDueDoesNotHelp() {
            StatutoryClock clock = anOpeningDecisionClock("2025-09-26T10:00")
                    .pause(PauseReason.TESTING, beijing("2025-10-24T10:00"));
            assertEquals(ClockStatus.OVERDUE, read(clock, "2025-10-27T10:00").status());
            assertEquals(date("2025-10-23"), read(clock, "2025-10-27T10:00").dueDate());
        }
    }

    @Nested
    @DisplayName("extensions")
    class Extensions {
        @Test
        @DisplayName("an approved +15 working days moves the opening decision from 2025-10-23 to Thursday 2025-11-13; "
                + "a second one is refused")
        void fifteenWorkingDayExtension() {
            // after 10-23 (15): 10-24 Fri 16 | 10-27..10-31 17..21 | 11-03..11-07 22..26 | 11-10 27 | 11-11 28 |
            // 11-12 29 | 11-13 Thu 30
            StatutoryClock extended = anOpeningDecisionClock("2025-09-26T10:00").extend(ExtensionAuthority.APPROVAL,
                    null, "延期审批表 2025-118", beijing("2025-10-20T16:00"), CALENDAR);
            assertEquals(date("2025-11-13"), read(extended, "2025-10-20T16:00").dueDate());
            assertEquals(15, extended.extensions().get(0).amount());
            assertNull(extended.nextExtensionTier());
            assertThrows(ClockOperationRefused.class, () -> extended.extend(ExtensionAuthority.APPROVAL, null,
                    "again", beijing("2025-11-10T10:00"), CALENDAR));
            assertThrows(ClockOperationRefused.class, () -> extended.extend(ExtensionAuthority.COLLECTIVE_DECISION,
                    10, "again", beijing("2025-11-10T10:00"), CALENDAR));
        }

        @Test
        @DisplayName("a case may run 90 days, +30 with approval, then only by a collective decision that states its "
                + "length")
        void conclusionExtensionTiers() {
            // opened 2025-03-13 → 06-11 (90). +30: 06-12..06-30 = 19, 07-01..07-11 = 30 → Friday 07-11.
            // +20 by collective decision: 07-12..07-31 → Thursday 07-31.
            StatutoryClock opened = aConclusionClock("2025-03-13T10:00");
            assertThrows(ClockOperationRefused.class, () -> opened.extend(ExtensionAuthority.APPROVAL, 31, "批",
                    beijing("2025-06-01T10:00"), CALENDAR), "more than 30 days is refused");
            assertThrows(ClockOperationRefused.class, () -> opened.extend(ExtensionAuthority.COLLECTIVE_DECISION, 30,
                    "集体讨论", beijing("2025-06-01T10:00"), CALENDAR), "the approval tier comes first");

            StatutoryClock approved = opened.extend(ExtensionAuthority.APPROVAL, null, "延期审批 2025-07",
                    beijing("2025-06-01T10:00"), CALENDAR);
            assertEquals(date("2025-07-11"), read(approved, "2025-06-01T10:00").dueDate());

            assertThrows(ClockOperationRefused.class, () -> approved.extend(ExtensionAuthority.APPROVAL, 10, "批",
                    beijing("2025-07-01T10:00"), CALENDAR), "a second approval is not enough");
            assertThrows(ClockOperationRefused.class, () -> approved.extend(ExtensionAuthority.COLLECTIVE_DECISION,
                    null, "集体讨论", beijing("2025-07-01T10:00"), CALENDAR), "the decision must state the length");

            StatutoryClock decided = approved.extend(ExtensionAuthority.COLLECTIVE_DECISION, 20,
                    "负责人集体讨论记录 2025-3", beijing("2025-07-01T10:00"), CALENDAR);
            assertEquals(date("2025-07-31"), read(decided, "2025-07-01T10:00").dueDate());
        }

        @Test
        @DisplayName("an overdue clock can no longer be extended")
        void noExtensionWhenOverdue() {
            StatutoryClock clock = anOpeningDecisionClock("2025-09-26T10:00");
            assertThrows(ClockOperationRefused.class, () -> clock.extend(ExtensionAuthority.APPROVAL, null, "批",
                    beijing("2025-10-24T09:00"), CALENDAR));
        }
    }

    @Nested
    @DisplayName("status")
    class Status {
        @Test
        @DisplayName("an opening decision not made by the end of 2025-10-23 is OVERDUE at midnight, and DONE_LATE when "
                + "made the next morning")
        void overdueThenDoneLate() {
            StatutoryClock clock = anOpeningDecisionClock("2025-09-26T10:00");
            ClockReading lastMoment = read(clock, "2025-10-23T23:59:59");
            assertEquals(ClockStatus.RUNNING, lastMoment.status());
            assertEquals(Duration.ofSeconds(1).minusNanos(1), lastMoment.remaining());

            ClockReading midnight = read(clock, "2025-10-24T00:00");
            assertEquals(ClockStatus.OVERDUE, midnight.status());
            assertTrue(midnight.remaining().isNegative());

            StatutoryClock late = clock.stop(beijing("2025-10-24T09:00"));
            ClockReading done = read(late, "2025-10-30T09:00");
            assertEquals(ClockStatus.DONE_LATE, done.status());
            assertEquals(Duration.ofHours(9).plusNanos(1).negated(), done.remaining());
        }

        @Test
        @DisplayName("a decision made at 23:59:59 on the last day is DONE_ON_TIME")
        void doneOnLastDay() {
            StatutoryClock done = anOpeningDecisionClock("2025-09-26T10:00").stop(beijing("2025-10-23T23:59:59"));
            assertEquals(ClockStatus.DONE_ON_TIME, read(done, "2025-12-01T00:00").status());
        }

        @Test
        @DisplayName("readings are as of the instant asked: before the stop the clock was still running")
        void readingsAreAsOf() {
            StatutoryClock done = anOpeningDecisionClock("2025-09-26T10:00").stop(beijing("2025-10-10T10:00"));
            assertEquals(ClockStatus.RUNNING, read(done, "2025-10-09T10:00").status());
            assertEquals(ClockStatus.DONE_ON_TIME, read(done, "2025-10-10T10:00").status());
        }

        @Test
        @DisplayName("a stopped clock refuses further changes, and changes must come in time order")
        void stoppedAndOrdered() {
            StatutoryClock clock = anOpeningDecisionClock("2025-09-26T10:00");
            StatutoryClock done = clock.stop(beijing("2025-10-10T10:00"));
            assertThrows(ClockOperationRefused.class, () -> done.stop(beijing("2025-10-11T10:00")));
            assertThrows(ClockOperationRefused.class, () -> done.pause(PauseReason.TESTING,
                    beijing("2025-10-11T10:00")));
            StatutoryClock paused = clock.pause(PauseReason.TESTING, beijing("2025-10-09T10:00"));
            assertThrows(ClockOperationRefused.class, () -> paused.resume(beijing("2025-10-08T10:00")));
            assertThrows(IllegalArgumentException.class, () -> read(clock, "2025-09-25T10:00"));
        }

        @Test
        @DisplayName("a clock restored from its stored parts reads the same as the original")
        void restoreRoundTrip() {
            StatutoryClock original = aConclusionClock("2025-03-13T10:00")
                    .pause(PauseReason.TESTING, beijing("2025-04-07T09:00"))
                    .resume(beijing("2025-04-11T16:00"))
                    .extend(ExtensionAuthority.APPROVAL, null, "批", beijing("2025-06-01T10:00"), CALENDAR)
                    .pause(PauseReason.HEARING, beijing("2025-06-10T09:00"));
            StatutoryClock restored = StatutoryClock.restore(original.rule(), original.startedAt(), original.pauses(),
                    original.extensions(), original.stoppedAt());
            assertEquals(read(original, "2025-06-20T10:00"), read(restored, "2025-06-20T10:00"));
            assertThrows(IllegalArgumentException.class, () -> StatutoryClock.restore(original.rule(),
                    original.startedAt(), List.of(new Pause(PauseReason.SUSPENSION, beijing("2025-03-01T10:00"),
                            null)), List.of(), null));
        }

        @Test
        @DisplayName("a 'days before' rule is not a clock: hearing notice for Tuesday 2025-10-14 is due by Sunday "
                + "2025-09-28, a worked day")
        void daysBeforeRule() {
            // working days before 10-14: 10-13 Mon 1 | 10-12 Sun off | 10-11 Sat worked 2 | 10-10 3 | 10-09 4 |
            // 10-01..10-08 off | 09-30 5 | 09-29 6 | 09-28 Sun worked 7
            TimeLimitRule notice = Fixtures.rule("case.hearing-notice", date("2025-10-14"));
            assertEquals(date("2025-09-28"), notice.latestDayBefore(date("2025-10-14"), CALENDAR));
            assertThrows(IllegalArgumentException.class,
                    () -> StatutoryClock.start(notice, beijing("2025-09-20T10:00")));
        }
    }
}
