package org.ipcollab.referral.referral;

import jakarta.enterprise.context.ApplicationScoped;

import org.ipcollab.referral.referral.domain.RuleBook;
import org.ipcollab.referral.rules.CalendarFiles;
import org.ipcollab.referral.rules.TimeLimitFiles;

/**
 * The legal data this service counts with: the bundled working-day calendars and time limits, byte-identical copies of
 * case-service's files (a test keeps them so). Years without a loaded calendar count provisionally (Monday–Friday);
 * clock views say when a due date is provisional.
 */
@ApplicationScoped
public class ReferralRules {
    private final RuleBook book = new RuleBook(CalendarFiles.bundled().provisional(), TimeLimitFiles.bundled());

    public RuleBook book() {
        return book;
    }
}
