package org.ipcollab.notification.reminder.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.ipcollab.notification.calendar.domain.WorkingDayCalendar;
import org.ipcollab.notification.inbox.domain.NotificationText;

/**
 * 期限提醒 — which statutory due date an event starts, moves or ends, and when to remind: at the start (00:00 Beijing
 * time) of the working day before the due date, on the official calendar (a year not yet loaded counts Monday–Friday,
 * provisionally). A clock is named per case: {@code CONCLUSION} (结案期限, case.opened / case.resumed),
 * {@code PENALTY_COPY} (处罚决定书抄送期限, case.decided), or for other services {@code <producer>} (their latest
 * {@code dueDate}).
 */
public final class ReminderPlan {
    private static final String CASE = "org.ipcollab.case.";

    private ReminderPlan() {
    }

    /** What an event does to a case's clocks: schedule {@code clock} for {@code dueDate}, or cancel {@code clock}. */
    public record Effect(String clock, LocalDate dueDate, boolean cancelsAll) {
        public boolean schedules() {
            return dueDate != null;
        }
    }

    /** The effects of an event on the case's reminders (the data as plain maps), in order. */
    public static java.util.List<Effect> effects(String type, Map<String, Object> data) {
        return switch (type) {
            case CASE + "opened.v1", CASE + "resumed.v1" -> date(data, "conclusionDueDate")
                    .map(d -> java.util.List.of(new Effect("CONCLUSION", d, false)))
                    .orElse(java.util.List.of());
            // The conclusion clock stops while suspended; resumed schedules it again with the new date.
            case CASE + "suspended.v1" -> java.util.List.of(new Effect("CONCLUSION", null, false));
            case CASE + "decided.v1" -> {
                var out = new java.util.ArrayList<Effect>();
                out.add(new Effect("CONCLUSION", null, false));
                date(data, "penaltyDecisionCopyDueDate").ifPresent(d -> out.add(new Effect("PENALTY_COPY", d, false)));
                yield out;
            }
            case CASE + "penalty-decision-copied.v1" -> java.util.List.of(new Effect("PENALTY_COPY", null, false));
            case CASE + "closed.v1", CASE + "opening-declined.v1" -> java.util.List.of(new Effect(null, null, true));
            default -> {
                if (type.startsWith(CASE)) {
                    yield java.util.List.of();
                }
                // Another service: its latest event about the case replaces its clock (a new dueDate) or ends it.
                String producer = type.startsWith("org.ipcollab.") ? type.split("\\.")[2] : type;
                yield java.util.List.of(new Effect(producer, date(data, "dueDate").orElse(null), false));
            }
        };
    }

    /** When to remind of {@code dueDate}: the start of the working day before it, Beijing time. */
    public static Instant remindAt(WorkingDayCalendar calendar, LocalDate dueDate) {
        LocalDate day = calendar.provisional().minusWorkingDays(dueDate, 1);
        return day.atStartOfDay(WorkingDayCalendar.LEGAL_ZONE).toInstant();
    }

    private static Optional<LocalDate> date(Map<String, Object> data, String field) {
        Object v = data.get(field);
        if (v == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v.toString()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The notice of a reminder, e.g. "期限提醒：500155-amr-2026-000042" / "…的结案期限于 2027-02-22 届满…". */
    public static NotificationText text(String clock, String caseRef, LocalDate dueDate) {
        String zh;
        String en;
        switch (clock) {
            case "CONCLUSION" -> {
                zh = "结案期限";
                en = "conclusion deadline";
            }
            case "PENALTY_COPY" -> {
                zh = "处罚决定书抄送公安机关、检察院的期限";
                en = "deadline to copy the penalty decision to the police and the procuratorate";
            }
            default -> {
                zh = clock + " 办理期限";
                en = clock + " deadline";
            }
        }
        return new NotificationText("期限提醒：" + caseRef, "Deadline reminder: " + caseRef,
                "案件 " + caseRef + " 的" + zh + "于 " + dueDate + " 届满（提前一个工作日提醒），请按期办结。",
                "The " + en + " of case " + caseRef + " ends on " + dueDate
                        + "; this reminder comes one working day before. Please complete the step in time.");
    }
}
