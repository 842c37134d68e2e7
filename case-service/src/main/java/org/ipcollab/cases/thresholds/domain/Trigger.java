package org.ipcollab.cases.thresholds.domain;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * 触发标准 — one alternative way to meet a row: the metric reaches the figure ({@code actual ≥ figure}). A trigger whose
 * figure is not yet known (the law sets one but our sources do not give it) is <em>pending</em>: it can never be met
 * and makes any "not met" conclusion unconfirmed until an administrator enters the figure.
 *
 * @param figure fen for money metrics, a count otherwise; empty when pending
 * @param note   free text shown with the citation (may be empty)
 */
public record Trigger(Metric metric, OptionalLong figure, String note) {
    public Trigger {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(figure, "figure");
        note = note == null ? "" : note.strip();
        if (figure.isPresent() && figure.getAsLong() <= 0) {
            throw new IllegalArgumentException("a threshold figure is positive: " + metric + " " + figure.getAsLong());
        }
    }

    public static Trigger of(Metric metric, long figure) {
        return new Trigger(metric, OptionalLong.of(figure), "");
    }

    public static Trigger of(Metric metric, Money figure) {
        if (!metric.isMoney()) {
            throw new IllegalArgumentException(metric + " is a count, not money");
        }
        return of(metric, figure.fen());
    }

    public static Trigger pending(Metric metric, String note) {
        return new Trigger(metric, OptionalLong.empty(), note);
    }

    public boolean isPending() {
        return figure.isEmpty();
    }
}
