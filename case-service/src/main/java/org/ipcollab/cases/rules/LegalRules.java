package org.ipcollab.cases.rules;

import jakarta.enterprise.context.ApplicationScoped;

import org.ipcollab.cases.rules.domain.TimeLimitRules;
import org.ipcollab.cases.rules.domain.WorkingDayCalendar;
import org.ipcollab.cases.thresholds.ThresholdRuleFiles;
import org.ipcollab.cases.thresholds.domain.ThresholdRuleSets;

/**
 * The legal rules in force for this service: the working-day calendar, the statutory time limits and the criminal
 * threshold rule sets. Every use case asks this bean, never the files, so rules loaded or corrected by an
 * administrator apply everywhere.
 */
@ApplicationScoped
public class LegalRules {
    private final WorkingDayCalendar calendar = CalendarFiles.bundled();
    private final TimeLimitRules timeLimits = TimeLimitFiles.bundled();
    private final ThresholdRuleSets thresholds = ThresholdRuleFiles.loadBundled();

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public TimeLimitRules timeLimits() {
        return timeLimits;
    }

    public ThresholdRuleSets thresholds() {
        return thresholds;
    }
}
