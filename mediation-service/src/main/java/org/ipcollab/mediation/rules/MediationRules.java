package org.ipcollab.mediation.rules;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.ipcollab.mediation.rules.domain.TimeLimitRule;
import org.ipcollab.mediation.rules.domain.TimeLimitRules;
import org.ipcollab.mediation.rules.domain.WorkingDayCalendar;

/**
 * The legal rules mediation-service counts with: the bundled working-day calendars and time limits (byte-identical
 * copies of case-service's files) plus {@value #OWN} with the limits only this service uses.
 */
@ApplicationScoped
public class MediationRules {
    /** Time limits of mediation-service that are not in the shared {@code rules/time-limits.json}. */
    public static final String OWN = "rules/mediation-time-limits.json";

    private final WorkingDayCalendar calendar;
    private final TimeLimitRules timeLimits;

    public MediationRules() {
        this.calendar = CalendarFiles.bundled();
        this.timeLimits = load();
    }

    /** The shared book and this service's own rules together. */
    public static TimeLimitRules load() {
        List<TimeLimitRule> all = new ArrayList<>(TimeLimitFiles.bundled().all());
        all.addAll(TimeLimitFiles.parse(OWN, CalendarFiles.readResource(OWN)).all());
        return TimeLimitRules.of(all);
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public TimeLimitRules timeLimits() {
        return timeLimits;
    }
}
