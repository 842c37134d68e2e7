package org.ipcollab.referral.referral;

import java.time.Instant;
import java.time.LocalDate;

import org.ipcollab.referral.referral.domain.ReferralClockKind;
import org.ipcollab.referral.referral.domain.RuleBook;
import org.ipcollab.referral.rules.domain.ClockReading;
import org.ipcollab.referral.rules.domain.StatutoryClock;
import org.ipcollab.referral.rules.domain.WorkingDayCalendar;

/**
 * One statutory clock as shown on a referral: its rule and source, start and stop, due date (day units) and due
 * instant, and status at the moment of reading. {@code duty} false marks a window (a right that lapses, never
 * reported overdue); {@code provisional} says the due date used a year whose official calendar is not loaded.
 */
public record ClockView(String kind, String ruleId, String labelZh, String labelEn, String source, int amount,
        String unit, boolean duty, String responsibleParty, Instant startedAt, Instant stoppedAt, LocalDate dueDate,
        Instant dueAt, String status, boolean provisional, Instant overdueNotifiedAt) {

    static ClockView of(ReferralClockKind kind, StatutoryClock c, RuleBook book, Instant now, Instant notifiedAt) {
        ClockReading r = c.read(book.calendar(), now.isBefore(c.startedAt()) ? c.startedAt() : now);
        LocalDate start = WorkingDayCalendar.legalDate(c.startedAt());
        LocalDate end = r.dueDate() == null ? WorkingDayCalendar.legalDate(r.dueAt()) : r.dueDate();
        return new ClockView(kind.name(), c.rule().id(), c.rule().labelZh(), c.rule().labelEn(), c.rule().citation(),
                c.rule().amount(), c.rule().unit().name(), kind.isDuty(), kind.responsible().name(), c.startedAt(),
                c.stoppedAt(), r.dueDate(), r.dueAt(), r.status().name(),
                book.calendar().isProvisionalBetween(start, end) && c.rule().unit().isDayBased(), notifiedAt);
    }
}
