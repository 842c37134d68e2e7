package org.ipcollab.referral.rules.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 法定期限 — a statutory time limit as data: how long, in what unit, how it is counted, how it may be extended, which
 * pauses do not count, and where it comes from. One version of a rule; versions of the same id have disjoint effective
 * ranges (see {@link TimeLimitRules}).
 *
 * @param id                id such as {@code case.open-decision}
 * @param labelZh           e.g. 立案决定
 * @param labelEn           e.g. decide whether to open a case
 * @param amount            the period, &gt; 0
 * @param unit              its unit
 * @param counting          how it is laid against the triggering event
 * @param trigger           the event that starts it, in words
 * @param finalDayRollsOver 期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期 — if the last day is not a
 *                          working day, the period ends on the first working day after it. Only for
 *                          {@link PeriodUnit#CALENDAR_DAYS} and {@link PeriodUnit#MONTHS} rules counted
 *                          {@link Counting#FROM_NEXT_DAY}
 * @param pausesExcluded    the pauses whose time does not count (不计入期限)
 * @param extensions        the extension tiers, used in order
 * @param sources           the legal sources, as DOMAIN.md cites them; may be empty only when not confirmed
 * @param effectiveFrom     first day this version applies, or {@code null} if not recorded (applies to all earlier
 *                          dates)
 * @param effectiveTo       last day this version applies, or {@code null} while in force
 * @param confirmed         whether the figure is confirmed by a cited source
 * @param note              anything a reader needs to know, or {@code null}
 */
public record TimeLimitRule(String id, String labelZh, String labelEn, int amount, PeriodUnit unit, Counting counting,
        String trigger, boolean finalDayRollsOver, Set<PauseReason> pausesExcluded, List<ExtensionRule> extensions,
        List<LegalSource> sources, LocalDate effectiveFrom, LocalDate effectiveTo, boolean confirmed, String note) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    public TimeLimitRule {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a rule id looks like 'case.open-decision', got '" + id + "'");
        }
        requireText(id, "label_zh", labelZh);
        requireText(id, "label_en", labelEn);
        requireText(id, "trigger", trigger);
        Objects.requireNonNull(unit, id + ": unit");
        Objects.requireNonNull(counting, id + ": counting");
        if (amount <= 0) {
            throw new IllegalArgumentException(id + ": the amount must be positive, got " + amount);
        }
        if (unit == PeriodUnit.HOURS && counting != Counting.FROM_INSTANT
                || unit != PeriodUnit.HOURS && counting == Counting.FROM_INSTANT) {
            throw new IllegalArgumentException(id + ": hours count FROM_INSTANT and only hours do; got " + unit
                    + " counted " + counting);
        }
        if (finalDayRollsOver && (counting != Counting.FROM_NEXT_DAY
                || unit != PeriodUnit.CALENDAR_DAYS && unit != PeriodUnit.MONTHS)) {
            throw new IllegalArgumentException(id + ": only calendar-day and month periods counted from the next day"
                    + " roll over a last day that is not a working day");
        }
        pausesExcluded = pausesExcluded == null || pausesExcluded.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(pausesExcluded));
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
        for (ExtensionRule extension : extensions) {
            if (extension.unit().isDayBased() != unit.isDayBased()) {
                throw new IllegalArgumentException(id + ": an extension in " + extension.unit()
                        + " cannot extend a period in " + unit);
            }
        }
        if (counting == Counting.BEFORE_EVENT && (!extensions.isEmpty() || !pausesExcluded.isEmpty())) {
            throw new IllegalArgumentException(id + ": a 'days before' rule is not a clock; it has no extensions or"
                    + " pauses");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (confirmed && sources.isEmpty()) {
            throw new IllegalArgumentException(id + ": a confirmed rule cites its source");
        }
        if (effectiveFrom != null && effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException(id + ": effective to " + effectiveTo + " is before effective from "
                    + effectiveFrom);
        }
        if (note != null && note.isBlank()) {
            note = null;
        }
    }

    private static void requireText(String id, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(id + ": " + field + " is required");
        }
    }

    /** Whether this version applies to an event on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return (effectiveFrom == null || !date.isBefore(effectiveFrom))
                && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** Whether a pause for {@code reason} stops this clock. */
    public boolean excludes(PauseReason reason) {
        return pausesExcluded.contains(reason);
    }

    /**
     * For a {@link Counting#BEFORE_EVENT} rule: the latest day on which the act may be done so that the period lies
     * between it and {@code eventDate}, neither of them counted — e.g. notice of a hearing on Tuesday 2025-10-14 at
     * least 7 working days before: the 7th working day before it, 2025-09-28 (an adjusted working Sunday).
     */
    public LocalDate latestDayBefore(LocalDate eventDate, WorkingDayCalendar calendar) {
        if (counting != Counting.BEFORE_EVENT) {
            throw new IllegalStateException(id + " is not a 'days before' rule");
        }
        return switch (unit) {
            case WORKING_DAYS -> calendar.minusWorkingDays(eventDate, amount);
            case CALENDAR_DAYS -> eventDate.minusDays(amount);
            case MONTHS -> eventDate.minusMonths(amount);
            case HOURS -> throw new IllegalStateException("unreachable: hours are counted from an instant");
        };
    }

    /** The source citations joined, e.g. {@code Administrative Penalty Law 2021 art 60; SAMR rules}. */
    public String citation() {
        return String.join("; ", sources.stream().map(LegalSource::toString).toList());
    }
}
