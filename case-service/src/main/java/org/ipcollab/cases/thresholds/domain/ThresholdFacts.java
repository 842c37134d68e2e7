package org.ipcollab.cases.thresholds.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * 案件事实 — the established figures of a case that the thresholds are measured against. A metric that has not been
 * established is absent (not zero): a trigger on it reports "no fact" rather than "not met".
 *
 * @param amounts           per metric: fen for money metrics, a count otherwise
 * @param registeredMarks   number of distinct registered marks counterfeited (0 when unknown)
 * @param markLabelKinds    number of kinds of registered-mark labels made or sold
 * @param patents           number of patents counterfeited
 * @param previousPenaltyOn date of the infringer's most recent administrative penalty for infringing IP, or null
 */
public record ThresholdFacts(Map<Metric, Long> amounts, int registeredMarks, int markLabelKinds, int patents,
        LocalDate previousPenaltyOn) {

    public ThresholdFacts {
        EnumMap<Metric, Long> copy = new EnumMap<>(Metric.class);
        Objects.requireNonNull(amounts, "amounts").forEach((metric, value) -> {
            if (value == null || value < 0) {
                throw new IllegalArgumentException("a fact is never negative: " + metric + " " + value);
            }
            copy.put(metric, value);
        });
        amounts = Collections.unmodifiableMap(copy);
        if (registeredMarks < 0 || markLabelKinds < 0 || patents < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    public static ThresholdFacts none() {
        return new ThresholdFacts(Map.of(), 0, 0, 0, null);
    }

    public ThresholdFacts with(Metric metric, Money amount) {
        if (!metric.isMoney()) {
            throw new IllegalArgumentException(metric + " is a count, not money");
        }
        return withValue(metric, amount.fen());
    }

    public ThresholdFacts withCount(Metric metric, long count) {
        if (metric.isMoney()) {
            throw new IllegalArgumentException(metric + " is money, not a count");
        }
        return withValue(metric, count);
    }

    private ThresholdFacts withValue(Metric metric, long value) {
        EnumMap<Metric, Long> copy = new EnumMap<>(Metric.class);
        copy.putAll(amounts);
        copy.put(metric, value);
        return new ThresholdFacts(copy, registeredMarks, markLabelKinds, patents, previousPenaltyOn);
    }

    public ThresholdFacts withRegisteredMarks(int count) {
        return new ThresholdFacts(amounts, count, markLabelKinds, patents, previousPenaltyOn);
    }

    public ThresholdFacts withMarkLabelKinds(int count) {
        return new ThresholdFacts(amounts, registeredMarks, count, patents, previousPenaltyOn);
    }

    public ThresholdFacts withPatents(int count) {
        return new ThresholdFacts(amounts, registeredMarks, markLabelKinds, count, previousPenaltyOn);
    }

    public ThresholdFacts withPreviousPenaltyOn(LocalDate date) {
        return new ThresholdFacts(amounts, registeredMarks, markLabelKinds, patents, date);
    }

    public OptionalLong amount(Metric metric) {
        Long value = amounts.get(metric);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** The previous penalty date, if there was one. */
    public Optional<LocalDate> previousPenalty() {
        return Optional.ofNullable(previousPenaltyOn);
    }
}
