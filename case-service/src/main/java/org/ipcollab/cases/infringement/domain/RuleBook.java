package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.util.Objects;

import org.ipcollab.cases.rules.domain.StatutoryClock;
import org.ipcollab.cases.rules.domain.TimeLimitRules;
import org.ipcollab.cases.rules.domain.WorkingDayCalendar;
import org.ipcollab.cases.thresholds.domain.ThresholdRuleSets;

/**
 * The legal rules a case is handled by, as data: working-day calendar, time limits, threshold rule sets. The calendar
 * is taken {@link WorkingDayCalendar#provisional() provisionally}: a clock whose period reaches into a year whose
 * calendar is not loaded still runs and shows a due date, marked provisional where it is shown.
 */
public record RuleBook(WorkingDayCalendar calendar, TimeLimitRules timeLimits, ThresholdRuleSets thresholds) {
    public RuleBook {
        Objects.requireNonNull(calendar, "calendar");
        calendar = calendar.provisional();
        Objects.requireNonNull(timeLimits, "timeLimits");
        Objects.requireNonNull(thresholds, "thresholds");
    }

    /** Starts {@code kind}'s clock under the version of its rule in force on the legal date of {@code at}. */
    public StatutoryClock start(CaseClockKind kind, Instant at) {
        return StatutoryClock.start(timeLimits.inForce(kind.ruleId(), WorkingDayCalendar.legalDate(at)), at);
    }
}
