package org.ipcollab.cases.thresholds.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * 入罪标准核查结果 — whether a case meets the criminal threshold of one article on the date of the act, the rule cited,
 * and every row and trigger that was weighed, so an officer (and the police who receive the referral) can see how.
 *
 * @param confirmed true only when the conclusion rests on confirmed figures alone: for "met", the cited row is
 *                  confirmed; for "not met", every applicable row is confirmed and none has a pending figure
 * @param attempt   met only through an attempt trigger (e.g. unsold goods under art 214): 未遂
 */
public record ThresholdResult(Verdict verdict, int article, LocalDate actDate, String ruleSetId, String ruleSetSource,
        Citation citation, boolean confirmed, boolean attempt, List<RowEvaluation> considered, String explanationZh,
        String explanationEn) {

    public enum Verdict {
        /** 达到入罪标准 — a threshold is met: the case must be referred. */
        MET,
        /** 未达到 — no threshold in force is met on the established facts. */
        NOT_MET,
        /** 无可适用规则 — no rule set (or no row for the article) is in force on the act date. */
        NO_RULE_IN_FORCE
    }

    public ThresholdResult {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(actDate, "actDate");
        considered = List.copyOf(considered);
        if ((verdict == Verdict.MET) != (citation != null)) {
            throw new IllegalArgumentException("a met threshold has exactly one citation");
        }
    }

    public boolean met() {
        return verdict == Verdict.MET;
    }

    public Optional<Citation> cited() {
        return Optional.ofNullable(citation);
    }

    /** The triggers whose figure has yet to be entered by an administrator, across the applicable rows. */
    public List<TriggerEvaluation> pendingFigures() {
        return considered.stream().filter(RowEvaluation::applicable).flatMap(r -> r.triggers().stream())
                .filter(t -> t.status() == TriggerEvaluation.Status.NO_FIGURE).toList();
    }

    /**
     * The rule that makes the case meet the threshold: rule set, provision, article, trigger and figure against the
     * actual value.
     */
    public record Citation(String ruleSetId, String source, int article, String crimeNameZh, String crimeNameEn,
            String rowId, Metric metric, long figure, long actual, boolean attempt, boolean confirmed, String note) {

        /** e.g. 刑法第213条（假冒注册商标罪）：法释〔2004〕19号 第一条…：非法经营数额 ¥50,000.00 ≥ 标准 ¥50,000.00 */
        public String textZh() {
            return "刑法第" + article + "条（" + crimeNameZh + "）：" + source + "：" + metric.labelZh() + " "
                    + metric.formatZh(actual) + " ≥ 标准 " + metric.formatZh(figure) + (attempt ? "（未遂）" : "");
        }

        public String textEn() {
            return "Criminal Law art " + article + " (" + crimeNameEn + "), " + source + ": " + metric.labelEn() + " "
                    + metric.formatEn(actual) + " ≥ threshold " + metric.formatEn(figure)
                    + (attempt ? " (attempt)" : "");
        }
    }

    /** How one row was weighed: whether its conditions let it apply, and each trigger. */
    public record RowEvaluation(String rowId, String source, boolean confirmed, boolean applicable,
            List<TriggerEvaluation> triggers, String note) {
        public RowEvaluation {
            triggers = List.copyOf(triggers);
        }

        public boolean met() {
            return applicable && triggers.stream().anyMatch(t -> t.status() == TriggerEvaluation.Status.MET);
        }
    }

    /** One trigger: figure against the actual value. */
    public record TriggerEvaluation(Metric metric, OptionalLong figure, OptionalLong actual, boolean attempt,
            Status status, String note) {
        public enum Status {
            /** actual ≥ figure. */
            MET,
            /** actual < figure. */
            NOT_MET,
            /** the case has no established value for the metric. */
            NO_FACT,
            /** the rule set names the trigger but its figure is not yet entered. */
            NO_FIGURE
        }
    }
}
