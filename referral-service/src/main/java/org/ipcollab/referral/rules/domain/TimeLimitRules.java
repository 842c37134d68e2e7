package org.ipcollab.referral.rules.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The book of statutory time limits: every version of every rule, looked up by id and the date of the event. */
public final class TimeLimitRules {
    private final Map<String, List<TimeLimitRule>> versions;

    private TimeLimitRules(Map<String, List<TimeLimitRule>> versions) {
        this.versions = versions;
    }

    /** A book of the given rule versions; overlapping versions of one id are refused. */
    public static TimeLimitRules of(Collection<TimeLimitRule> rules) {
        Map<String, List<TimeLimitRule>> byId = new TreeMap<>();
        for (TimeLimitRule rule : rules) {
            List<TimeLimitRule> same = byId.computeIfAbsent(rule.id(), id -> new ArrayList<>());
            for (TimeLimitRule other : same) {
                if (overlap(rule, other)) {
                    throw new IllegalArgumentException("two versions of " + rule.id()
                            + " are in force on the same day");
                }
            }
            same.add(rule);
        }
        byId.replaceAll((id, list) -> List.copyOf(list));
        return new TimeLimitRules(byId);
    }

    private static boolean overlap(TimeLimitRule a, TimeLimitRule b) {
        boolean aEndsBeforeB = a.effectiveTo() != null && b.effectiveFrom() != null
                && a.effectiveTo().isBefore(b.effectiveFrom());
        boolean bEndsBeforeA = b.effectiveTo() != null && a.effectiveFrom() != null
                && b.effectiveTo().isBefore(a.effectiveFrom());
        return !aEndsBeforeB && !bEndsBeforeA;
    }

    /** The version of rule {@code id} in force on {@code date} (the legal date of the triggering event). */
    public TimeLimitRule inForce(String id, LocalDate date) {
        List<TimeLimitRule> candidates = versions.get(id);
        if (candidates == null) {
            throw new NoSuchElementException("no time-limit rule " + id);
        }
        return candidates.stream().filter(rule -> rule.inForceOn(date)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no version of " + id + " is in force on " + date));
    }

    public SortedSet<String> ids() {
        return new TreeSet<>(versions.keySet());
    }

    public List<TimeLimitRule> all() {
        return versions.values().stream().flatMap(List::stream).toList();
    }
}
