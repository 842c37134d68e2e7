package org.ipcollab.cases.publication.domain;

import java.time.Instant;

import org.ipcollab.cases.rules.domain.StatutoryClock;
import org.ipcollab.cases.rules.domain.TimeLimitRule;
import org.ipcollab.cases.rules.domain.TimeLimitRules;
import org.ipcollab.cases.rules.domain.WorkingDayCalendar;

/**
 * 公示期 — how long a published decision stays visible: 3 months for a decision that is only a small fine, else 3
 * years (SAMR Order 45), each a time-limit rule ({@code case.publication-display-small-fine},
 * {@code case.publication-display}) counted from the day after publication.
 */
public final class DisplayWindow {
    public static final String SMALL_FINE_RULE = "case.publication-display-small-fine";
    public static final String RULE = "case.publication-display";

    private DisplayWindow() {
    }

    /** The rule that sets the window, as in force on the legal date of {@code publishedAt}. */
    public static TimeLimitRule rule(boolean smallFine, Instant publishedAt, TimeLimitRules rules) {
        return rules.inForce(smallFine ? SMALL_FINE_RULE : RULE, WorkingDayCalendar.legalDate(publishedAt));
    }

    /** The instant after which the decision is no longer shown (the end of the window's last day, Beijing time). */
    public static Instant until(boolean smallFine, Instant publishedAt, TimeLimitRules rules,
            WorkingDayCalendar calendar) {
        return StatutoryClock.start(rule(smallFine, publishedAt, rules), publishedAt)
                .read(calendar.provisional(), publishedAt).dueAt();
    }

    /** Whether a decision published at {@code publishedAt} and shown until {@code until} is visible at {@code at}. */
    public static boolean shownAt(Instant publishedAt, Instant until, Instant at) {
        return !at.isBefore(publishedAt) && !at.isAfter(until);
    }
}
