package org.ipcollab.cases.thresholds.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 适用条件 — a circumstance under which a row's (usually lower) figures apply, e.g. "假冒两种以上注册商标" (two or more
 * registered marks counterfeited) or "二年内受过行政处罚" (administratively penalised in the two years before the act).
 * The number ({@code value}) is data, like the figures.
 */
public record Condition(Kind kind, int value) {

    public enum Kind {
        /** 假冒注册商标的种数 ≥ value — registered marks counterfeited (arts 213, 214). */
        REGISTERED_MARKS_AT_LEAST,
        /** 注册商标标识的种数 ≥ value — kinds of registered-mark labels made or sold (art 215). */
        MARK_LABEL_KINDS_AT_LEAST,
        /** 假冒他人专利的项数 ≥ value — patents counterfeited (art 216). */
        PATENTS_AT_LEAST,
        /** 行为前 value 年内因侵犯知识产权受过行政处罚 — penalised for infringing IP within value years before the act. */
        PENALISED_WITHIN_YEARS
    }

    public Condition {
        Objects.requireNonNull(kind, "kind");
        if (value < 1) {
            throw new IllegalArgumentException("a condition's value is at least 1: " + kind + " " + value);
        }
    }

    /**
     * Whether the condition holds for an act on {@code actDate}. "Within n years" counts back from the act date, both
     * ends included; a penalty after the act does not count.
     */
    public boolean holds(ThresholdFacts facts, LocalDate actDate) {
        return switch (kind) {
            case REGISTERED_MARKS_AT_LEAST -> facts.registeredMarks() >= value;
            case MARK_LABEL_KINDS_AT_LEAST -> facts.markLabelKinds() >= value;
            case PATENTS_AT_LEAST -> facts.patents() >= value;
            case PENALISED_WITHIN_YEARS -> facts.previousPenalty()
                    .map(on -> !on.isAfter(actDate) && !on.isBefore(actDate.minusYears(value)))
                    .orElse(false);
        };
    }

    public String describeZh() {
        return switch (kind) {
            case REGISTERED_MARKS_AT_LEAST -> "假冒" + value + "种以上注册商标";
            case MARK_LABEL_KINDS_AT_LEAST -> value + "种以上注册商标标识";
            case PATENTS_AT_LEAST -> "假冒" + value + "项以上他人专利";
            case PENALISED_WITHIN_YEARS -> value + "年内因侵犯知识产权受过行政处罚";
        };
    }

    public String describeEn() {
        return switch (kind) {
            case REGISTERED_MARKS_AT_LEAST -> value + " or more registered marks counterfeited";
            case MARK_LABEL_KINDS_AT_LEAST -> value + " or more kinds of registered-mark labels";
            case PATENTS_AT_LEAST -> value + " or more patents counterfeited";
            case PENALISED_WITHIN_YEARS -> "administratively penalised for IP infringement within " + value
                    + " years before the act";
        };
    }
}
