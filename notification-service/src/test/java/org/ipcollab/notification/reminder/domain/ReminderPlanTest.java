package org.ipcollab.notification.reminder.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ipcollab.notification.calendar.CalendarFiles;
import org.ipcollab.notification.calendar.domain.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReminderPlanTest {
    static final WorkingDayCalendar CALENDAR = CalendarFiles.bundled();

    @Test
    @DisplayName("the reminder comes at the start of the working day before the due date, skipping the National Day "
            + "holiday")
    void oneWorkingDayBeforeAcrossHoliday() {
        LocalDate before = CALENDAR.minusWorkingDays(LocalDate.of(2026, 10, 8), 1);
        assertTrue(before.isBefore(LocalDate.of(2026, 10, 1)), "the holiday week is skipped: " + before);
        assertEquals(before.atStartOfDay(WorkingDayCalendar.LEGAL_ZONE).toInstant(),
                ReminderPlan.remindAt(CALENDAR, LocalDate.of(2026, 10, 8)));
        // A Monday due date is reminded of on the Friday before.
        assertEquals(Instant.parse("2026-11-19T16:00:00Z"), ReminderPlan.remindAt(CALENDAR, LocalDate.of(2026, 11, 23)));
    }

    @Test
    @DisplayName("opening schedules the conclusion clock, deciding ends it and schedules the penalty-copy clock, "
            + "closing cancels all")
    void effectsOfCaseEvents() {
        assertEquals(List.of(new ReminderPlan.Effect("CONCLUSION", LocalDate.of(2027, 2, 22), false)),
                ReminderPlan.effects("org.ipcollab.case.opened.v1", Map.of("conclusionDueDate", "2027-02-22")));
        assertEquals(List.of(new ReminderPlan.Effect("CONCLUSION", null, false),
                new ReminderPlan.Effect("PENALTY_COPY", LocalDate.of(2026, 12, 30), false)),
                ReminderPlan.effects("org.ipcollab.case.decided.v1", Map.of("penaltyDecisionCopyDueDate", "2026-12-30")));
        assertEquals(List.of(new ReminderPlan.Effect(null, null, true)),
                ReminderPlan.effects("org.ipcollab.case.closed.v1", Map.of()));
        assertEquals(List.of(new ReminderPlan.Effect("mediation", LocalDate.of(2026, 12, 1), false)),
                ReminderPlan.effects("org.ipcollab.mediation.session-held.v1", Map.of("dueDate", "2026-12-01")));
        assertEquals(List.of(), ReminderPlan.effects("org.ipcollab.case.clock-overdue.v1", Map.of("dueDate", "2026-12-01")));
    }
}
