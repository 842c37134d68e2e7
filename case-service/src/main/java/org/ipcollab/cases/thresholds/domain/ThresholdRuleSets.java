package org.ipcollab.cases.thresholds.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All threshold rule sets, checked to leave at most one in force on any day, so that the date of the act picks exactly
 * one (or none, before the first).
 */
public final class ThresholdRuleSets {
    private final List<ThresholdRuleSet> sets;

    private ThresholdRuleSets(List<ThresholdRuleSet> sets) {
        this.sets = sets;
    }

    public static ThresholdRuleSets of(List<ThresholdRuleSet> sets) {
        List<ThresholdRuleSet> sorted = sets.stream().sorted(Comparator.comparing(ThresholdRuleSet::effectiveFrom))
                .toList();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                ThresholdRuleSet a = sorted.get(i);
                ThresholdRuleSet b = sorted.get(j);
                if (a.id().equals(b.id())) {
                    throw new IllegalArgumentException("rule set " + a.id() + " appears twice");
                }
                if (a.overlaps(b)) {
                    throw new IllegalArgumentException("rule sets " + a.id() + " and " + b.id()
                            + " are both in force on " + b.effectiveFrom() + "; the act date must pick one");
                }
            }
        }
        return new ThresholdRuleSets(sorted);
    }

    public static ThresholdRuleSets of(ThresholdRuleSet... sets) {
        return of(List.of(sets));
    }

    /** The rule set in force on the date of the act. */
    public Optional<ThresholdRuleSet> inForceOn(LocalDate actDate) {
        return sets.stream().filter(s -> s.inForceOn(actDate)).findFirst();
    }

    public Optional<ThresholdRuleSet> byId(String id) {
        return sets.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Sorted by effective date. */
    public List<ThresholdRuleSet> all() {
        return sets;
    }
}
