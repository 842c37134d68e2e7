package org.ipcollab.referral.referral.domain;

import java.time.Instant;

import org.ipcollab.referral.rules.domain.StatutoryClock;
import org.ipcollab.referral.rules.domain.TimeLimitRules;
import org.ipcollab.referral.rules.domain.WorkingDayCalendar;

/** The rules a step needs: the working-day calendar and the time limits. */
public record RuleBook(WorkingDayCalendar calendar, TimeLimitRules timeLimits) {
    /** Starts the clock of {@code kind} under the version of its rule in force on the legal date of {@code at}. */
    public StatutoryClock start(ReferralClockKind kind, Instant at) {
        return StatutoryClock.start(timeLimits.inForce(kind.ruleId(), WorkingDayCalendar.legalDate(at)), at);
    }
}
