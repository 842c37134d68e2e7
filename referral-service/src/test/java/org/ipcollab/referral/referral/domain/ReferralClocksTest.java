package org.ipcollab.referral.referral.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.ipcollab.referral.rules.CalendarFiles;
import org.ipcollab.referral.rules.TimeLimitFiles;
import org.ipcollab.referral.rules.domain.ClockReading;
import org.ipcollab.referral.rules.domain.ClockStatus;
import org.ipcollab.referral.rules.domain.StatutoryClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The referral clocks counted by the bundled rules and the official calendars. */
class ReferralClocksTest {
    static final RuleBook BOOK = new RuleBook(CalendarFiles.bundled(), TimeLimitFiles.bundled());

    static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    @Test
    @DisplayName("24 hours to hand an approved referral to the police run across midnight into National Day, holidays not skipped")
    void hoursAcrossMidnightAndHoliday() {
        StatutoryClock c = BOOK.start(ReferralClockKind.TRANSFER_TO_POLICE, at("2025-09-30T20:30:00+08:00"));
        ClockReading r = c.read(BOOK.calendar(), at("2025-10-01T09:00:00+08:00"));
        assertEquals(at("2025-10-01T20:30:00+08:00"), r.dueAt());
        assertEquals(null, r.dueDate());
        assertEquals(ClockStatus.RUNNING, r.status());
        assertEquals(ClockStatus.RUNNING, c.status(BOOK.calendar(), at("2025-10-01T20:30:00+08:00")));
        assertEquals(ClockStatus.OVERDUE, c.status(BOOK.calendar(), at("2025-10-01T20:30:00.000001+08:00")));
    }

    @Test
    @DisplayName("police who receive on 2025-09-29 decide by 2025-10-09: day 3 falls in the National Day holiday and rolls over")
    void calendarDaysRollOverNationalDay() {
        StatutoryClock c = BOOK.start(ReferralClockKind.POLICE_DECISION, at("2025-09-29T15:00:00+08:00"));
        ClockReading r = c.read(BOOK.calendar(), at("2025-10-02T12:00:00+08:00"));
        assertEquals(LocalDate.parse("2025-10-09"), r.dueDate());
        assertEquals(ClockStatus.RUNNING, r.status());
        assertEquals(ClockStatus.OVERDUE, c.status(BOOK.calendar(), at("2025-10-10T00:00:00+08:00")));
        // the same clock started a week earlier ends on its own third day, a working day
        StatutoryClock earlier = BOOK.start(ReferralClockKind.POLICE_DECISION, at("2025-09-22T15:00:00+08:00"));
        assertEquals(LocalDate.parse("2025-09-25"), earlier.read(BOOK.calendar(), at("2025-09-23T00:00:00+08:00"))
                .dueDate());
    }

    @Test
    @DisplayName("the 2-month answer to a prosecutorial opinion received 2025-08-01 ends on 2025-10-01, a holiday, so on 2025-10-09")
    void monthsRollOverNationalDay() {
        StatutoryClock c = BOOK.start(ReferralClockKind.REVERSE_ANSWER, at("2025-08-01T10:00:00+08:00"));
        assertEquals(LocalDate.parse("2025-10-09"), c.read(BOOK.calendar(), at("2025-08-02T00:00:00+08:00"))
                .dueDate());
    }

    @Test
    @DisplayName("the 10-working-day review from Thursday 2026-02-12 counts the adjusted Saturdays 02-14 and 02-28, skips the Spring Festival: 2026-03-04")
    void workingDaysAcrossSpringFestival() {
        StatutoryClock c = BOOK.start(ReferralClockKind.REVERSE_REVIEW, at("2026-02-12T10:00:00+08:00"));
        ClockReading r = c.read(BOOK.calendar(), at("2026-02-20T10:00:00+08:00"));
        assertEquals(LocalDate.parse("2026-03-04"), r.dueDate());
        assertEquals(at("2026-03-04T23:59:59.999999999+08:00"), r.dueAt());
    }

    @Test
    @DisplayName("each clock kind names an existing rule with a source")
    void everyKindHasASourcedRule() {
        for (ReferralClockKind kind : ReferralClockKind.values()) {
            StatutoryClock c = BOOK.start(kind, at("2026-03-02T10:00:00+08:00"));
            assertEquals(kind.ruleId(), c.rule().id());
            assertEquals(true, !c.rule().citation().isBlank(), kind + " cites its source");
        }
    }
}
