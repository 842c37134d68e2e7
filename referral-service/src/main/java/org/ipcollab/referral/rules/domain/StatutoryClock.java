package org.ipcollab.referral.rules.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * 法定期限计时 — a statutory clock: one {@link TimeLimitRule} running from a triggering instant. Immutable; each
 * operation returns the changed clock and refuses ({@link ClockOperationRefused}) what the rule does not allow.
 * Operations must come in time order.
 *
 * <h2>Counting conventions</h2>
 * <ul>
 * <li><b>Legal dates</b> are dates in Asia/Shanghai.</li>
 * <li><b>Start.</b> Day and month periods start the day after the legal date of the trigger (期间开始的日不计算在期间内);
 * hour periods start at the exact trigger instant.</li>
 * <li><b>Calendar days</b>: the n-th counted day after the start date. <b>Working days</b>: the n-th counted working
 * day after it, by the official {@link WorkingDayCalendar}. <b>Months</b>: the same-numbered day n months on (the last day
 * of that month when it has none), then one more counted day for each paused day inside that span.</li>
 * <li><b>Pauses, day units.</b> A date on which the clock was paused at any moment (from the pause instant up to, not
 * including, the resume instant; a zero-length pause touches its own date) is not counted. So a pause that starts on
 * Monday morning and ends on Friday afternoon removes five dates; on a working-day clock only the working dates among
 * them matter. A pause can only push the due date out while the clock is not yet overdue: dates after the due date
 * were never going to be counted.</li>
 * <li><b>Pauses, hours.</b> The due instant moves by the exact paused duration of every pause that begins no later
 * than the due instant as moved so far.</li>
 * <li><b>Extensions</b> continue the count from the unrolled last day of the period so far, in the extension's unit
 * (90 days + 30 days = the 120th counted day), and the final-day rule is applied once, to the final result. This is
 * the stricter of the two readings, so a clock never shows more time than the law may give.</li>
 * <li><b>Final day.</b> For calendar-day and month rules that roll over, a last day that is not a working day (a
 * holiday, or a Saturday or Sunday that is not an adjusted working day) moves to the first working, unpaused day after
 * it (期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期).</li>
 * <li><b>Due.</b> {@code dueAt} is the last on-time instant: the end of the due date, 23:59:59.999999999 Asia/Shanghai,
 * for day units; the exact instant for hours. Done at or before {@code dueAt} is on time; any instant after it is
 * late.</li>
 * <li><b>Readings are "as of"</b> the instant asked about: later pauses, extensions and the stop are ignored, and an
 * open pause counts up to that instant.</li>
 * </ul>
 */
public final class StatutoryClock {
    private final TimeLimitRule rule;
    private final Instant startedAt;
    private final List<Pause> pauses;
    private final List<Extension> extensions;
    private final Instant stoppedAt;

    private StatutoryClock(TimeLimitRule rule, Instant startedAt, List<Pause> pauses, List<Extension> extensions,
            Instant stoppedAt) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.pauses = List.copyOf(pauses);
        this.extensions = List.copyOf(extensions);
        this.stoppedAt = stoppedAt;
    }

    /** Starts a clock for {@code rule} at the instant of its triggering event. */
    public static StatutoryClock start(TimeLimitRule rule, Instant triggeredAt) {
        if (rule.counting() == Counting.BEFORE_EVENT) {
            throw new IllegalArgumentException(rule.id() + " counts days before an event; it is not a running clock");
        }
        return new StatutoryClock(rule, triggeredAt, List.of(), List.of(), null);
    }

    /**
     * A clock as stored: its rule version, start, pauses (in order, not overlapping, only the last one open),
     * extensions and stop (or {@code null}). Refuses pauses out of order, for a reason the rule does not exclude, or
     * open when they cannot be, and a stop before the last event; extensions are taken as recorded (they were checked
     * against the rule's tiers when granted).
     */
    public static StatutoryClock restore(TimeLimitRule rule, Instant startedAt, List<Pause> pauses,
            List<Extension> extensions, Instant stoppedAt) {
        start(rule, startedAt); // refuses 'days before' rules
        Instant last = startedAt;
        for (int i = 0; i < pauses.size(); i++) {
            Pause pause = pauses.get(i);
            if (pause.from().isBefore(last) || !rule.excludes(pause.reason())
                    || pause.isOpen() && (i != pauses.size() - 1 || stoppedAt != null)) {
                throw new IllegalArgumentException(rule.id() + ": stored pause " + pause + " is not possible");
            }
            last = pause.isOpen() ? pause.from() : pause.until();
        }
        for (Extension extension : extensions) {
            if (extension.grantedAt().isBefore(startedAt)) {
                throw new IllegalArgumentException(rule.id() + ": stored extension precedes the start");
            }
            last = max(last, extension.grantedAt());
        }
        if (stoppedAt != null && stoppedAt.isBefore(last)) {
            throw new IllegalArgumentException(rule.id() + ": stored stop precedes the clock's last event");
        }
        return new StatutoryClock(rule, startedAt, pauses, extensions, stoppedAt);
    }

    /** 中止/暂停计时 — stops the clock for {@code reason}, which the rule must exclude. */
    public StatutoryClock pause(PauseReason reason, Instant at) {
        requireRunning(at);
        if (!rule.excludes(reason)) {
            throw new ClockOperationRefused(rule.id() + ": time spent on " + reason + " counts towards this period");
        }
        if (isPaused()) {
            throw new ClockOperationRefused(rule.id() + ": the clock is already paused");
        }
        List<Pause> next = new ArrayList<>(pauses);
        next.add(new Pause(reason, at, null));
        return new StatutoryClock(rule, startedAt, next, extensions, null);
    }

    /** Resumes a paused clock. */
    public StatutoryClock resume(Instant at) {
        requireRunning(at);
        if (!isPaused()) {
            throw new ClockOperationRefused(rule.id() + ": the clock is not paused");
        }
        return new StatutoryClock(rule, startedAt, closeOpenPause(at), extensions, null);
    }

    /**
     * 延长期限 — extends the clock under the next available extension tier of the rule.
     *
     * @param authority who grants it; must be the authority of the next tier
     * @param amount    the extension, or {@code null} for the tier's fixed amount; required when the tier has none
     * @param reference the approval or decision document
     * @param at        when it is granted; must be before the clock is overdue
     * @param calendar  the working-day calendar, to tell whether the clock is already overdue
     */
    public StatutoryClock extend(ExtensionAuthority authority, Integer amount, String reference, Instant at,
            WorkingDayCalendar calendar) {
        requireRunning(at);
        ExtensionRule tier = nextExtensionTier();
        if (tier == null) {
            throw new ClockOperationRefused(rule.id() + ": no further extension is allowed");
        }
        if (tier.authority() != authority) {
            throw new ClockOperationRefused(rule.id() + ": the next extension needs " + tier.authority() + ", not "
                    + authority);
        }
        int granted;
        if (tier.amount() == null) {
            if (amount == null || amount <= 0) {
                throw new ClockOperationRefused(rule.id() + ": the " + authority
                        + " must state the length of the extension");
            }
            granted = amount;
        } else {
            granted = amount == null ? tier.amount() : amount;
            if (granted <= 0 || granted > tier.amount()) {
                throw new ClockOperationRefused(rule.id() + ": an extension by " + authority + " is 1.."
                        + tier.amount() + " " + tier.unit() + ", not " + granted);
            }
        }
        if (reference == null || reference.isBlank()) {
            throw new ClockOperationRefused(rule.id() + ": an extension records the approval or decision");
        }
        if (read(calendar, at).status() == ClockStatus.OVERDUE) {
            throw new ClockOperationRefused(rule.id() + ": the period has already run out; it can no longer be"
                    + " extended");
        }
        List<Extension> next = new ArrayList<>(extensions);
        next.add(new Extension(authority, granted, tier.unit(), reference, at));
        return new StatutoryClock(rule, startedAt, pauses, next, null);
    }

    /** The extension tier the next extension would use, or {@code null} when none is left. */
    public ExtensionRule nextExtensionTier() {
        List<ExtensionRule> tiers = rule.extensions();
        int tier = 0;
        int usedInTier = 0;
        for (int i = 0; i < extensions.size() && tier < tiers.size(); i++) {
            usedInTier++;
            Integer max = tiers.get(tier).maxTimes();
            if (max != null && usedInTier >= max) {
                tier++;
                usedInTier = 0;
            }
        }
        return tier < tiers.size() ? tiers.get(tier) : null;
    }

    /** The act was done: stops the clock for good (closing an open pause). */
    public StatutoryClock stop(Instant at) {
        requireRunning(at);
        return new StatutoryClock(rule, startedAt, closeOpenPause(at), extensions, at);
    }

    /** What the clock shows at {@code at}. */
    public ClockReading read(WorkingDayCalendar calendar, Instant at) {
        if (at.isBefore(startedAt)) {
            throw new IllegalArgumentException(rule.id() + ": the clock starts at " + startedAt + "; cannot read it at "
                    + at);
        }
        Instant stop = stoppedAt != null && !stoppedAt.isAfter(at) ? stoppedAt : null;
        Instant horizon = stop != null ? stop : at;
        List<Pause> seen = new ArrayList<>();
        for (Pause pause : pauses) {
            if (!pause.from().isAfter(horizon)) {
                Instant until = pause.until() == null || pause.until().isAfter(horizon) ? horizon : pause.until();
                seen.add(new Pause(pause.reason(), pause.from(), until));
            }
        }
        boolean pausedNow = stop == null && pauses.stream()
                .anyMatch(p -> !p.from().isAfter(at) && (p.until() == null || p.until().isAfter(at)));
        List<Extension> granted = extensions.stream().filter(e -> !e.grantedAt().isAfter(horizon)).toList();
        Duration pausedTotal = seen.stream().map(p -> Duration.between(p.from(), p.until()))
                .reduce(Duration.ZERO, Duration::plus);

        LocalDate dueDate;
        Instant dueAt;
        int pausedDays;
        if (rule.unit().isDayBased()) {
            Set<LocalDate> pausedDates = pausedDates(seen);
            dueDate = lastDay(calendar, pausedDates, granted);
            dueAt = WorkingDayCalendar.endOf(dueDate);
            pausedDays = pausedDates.size();
        } else {
            dueDate = null;
            dueAt = dueInstant(seen, granted);
            pausedDays = 0;
        }

        ClockStatus status;
        if (stop != null) {
            status = stop.isAfter(dueAt) ? ClockStatus.DONE_LATE : ClockStatus.DONE_ON_TIME;
        } else if (at.isAfter(dueAt)) {
            status = ClockStatus.OVERDUE;
        } else if (pausedNow) {
            status = ClockStatus.PAUSED;
        } else {
            status = ClockStatus.RUNNING;
        }
        return new ClockReading(rule.id(), status, dueDate, dueAt, pausedTotal, pausedDays,
                Duration.between(horizon, dueAt));
    }

    public Instant dueAt(WorkingDayCalendar calendar, Instant at) {
        return read(calendar, at).dueAt();
    }

    public ClockStatus status(WorkingDayCalendar calendar, Instant at) {
        return read(calendar, at).status();
    }

    public TimeLimitRule rule() {
        return rule;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public List<Pause> pauses() {
        return pauses;
    }

    public List<Extension> extensions() {
        return extensions;
    }

    /** When the act was done, or {@code null} while the clock runs. */
    public Instant stoppedAt() {
        return stoppedAt;
    }

    public boolean isPaused() {
        return !pauses.isEmpty() && pauses.get(pauses.size() - 1).isOpen();
    }

    private void requireRunning(Instant at) {
        Objects.requireNonNull(at, "at");
        if (stoppedAt != null) {
            throw new ClockOperationRefused(rule.id() + ": the clock was stopped at " + stoppedAt);
        }
        Instant last = startedAt;
        for (Pause pause : pauses) {
            last = max(last, pause.until() == null ? pause.from() : pause.until());
        }
        for (Extension extension : extensions) {
            last = max(last, extension.grantedAt());
        }
        if (at.isBefore(last)) {
            throw new ClockOperationRefused(rule.id() + ": " + at + " is before the clock's last recorded event at "
                    + last);
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private List<Pause> closeOpenPause(Instant at) {
        List<Pause> next = new ArrayList<>(pauses);
        if (isPaused()) {
            Pause open = next.remove(next.size() - 1);
            next.add(new Pause(open.reason(), open.from(), at));
        }
        return next;
    }

    /** The dates touched by the pauses: [from, until), a zero-length pause touching its own date. */
    private static Set<LocalDate> pausedDates(List<Pause> closedPauses) {
        Set<LocalDate> dates = new TreeSet<>();
        for (Pause pause : closedPauses) {
            LocalDate first = WorkingDayCalendar.legalDate(pause.from());
            Instant lastInstant = pause.until().isAfter(pause.from()) ? pause.until().minusNanos(1) : pause.from();
            LocalDate last = WorkingDayCalendar.legalDate(lastInstant);
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                dates.add(d);
            }
        }
        return dates;
    }

    private LocalDate lastDay(WorkingDayCalendar calendar, Set<LocalDate> paused, List<Extension> granted) {
        LocalDate day = WorkingDayCalendar.legalDate(startedAt);
        day = advance(day, rule.amount(), rule.unit(), paused, calendar);
        for (Extension extension : granted) {
            day = advance(day, extension.amount(), extension.unit(), paused, calendar);
        }
        if (rule.finalDayRollsOver() && !calendar.isWorkingDay(day)) {
            do {
                day = day.plusDays(1);
            } while (!calendar.isWorkingDay(day) || paused.contains(day));
        }
        return day;
    }

    private static LocalDate advance(LocalDate from, int amount, PeriodUnit unit, Set<LocalDate> paused,
            WorkingDayCalendar calendar) {
        switch (unit) {
            case CALENDAR_DAYS -> {
                LocalDate day = from;
                for (int counted = 0; counted < amount;) {
                    day = day.plusDays(1);
                    if (!paused.contains(day)) {
                        counted++;
                    }
                }
                return day;
            }
            case WORKING_DAYS -> {
                LocalDate day = from;
                for (int counted = 0; counted < amount;) {
                    day = day.plusDays(1);
                    if (!paused.contains(day) && calendar.isWorkingDay(day)) {
                        counted++;
                    }
                }
                return day;
            }
            case MONTHS -> {
                LocalDate day = from.plusMonths(amount);
                long owed = paused.stream().filter(d -> d.isAfter(from) && !d.isAfter(from.plusMonths(amount)))
                        .count();
                while (owed > 0) {
                    day = day.plusDays(1);
                    if (!paused.contains(day)) {
                        owed--;
                    }
                }
                return day;
            }
            default -> throw new IllegalStateException("hours are not counted in days");
        }
    }

    private Instant dueInstant(List<Pause> closedPauses, List<Extension> granted) {
        Instant due = startedAt.plus(Duration.ofHours(rule.amount()));
        for (Extension extension : granted) {
            due = due.plus(Duration.ofHours(extension.amount()));
        }
        for (Pause pause : closedPauses) {
            if (!pause.from().isAfter(due)) {
                due = due.plus(Duration.between(pause.from(), pause.until()));
            }
        }
        return due;
    }
}
