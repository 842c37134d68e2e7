package org.ipcollab.cases.thresholds.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import org.ipcollab.cases.thresholds.domain.ThresholdResult.Citation;
import org.ipcollab.cases.thresholds.domain.ThresholdResult.RowEvaluation;
import org.ipcollab.cases.thresholds.domain.ThresholdResult.TriggerEvaluation;
import org.ipcollab.cases.thresholds.domain.ThresholdResult.Verdict;

/**
 * 入罪标准核查 — the small interpreter over the threshold rule sets. The rule set, and within it the rows, in force on
 * the <strong>date of the act</strong> apply (not the date the case was filed or decided). Among the rows for the
 * article whose conditions hold, the threshold is met when any trigger's actual value reaches its figure.
 * <p>
 * When several triggers are met, the citation prefers a confirmed row, then a completed act over an attempt, then file
 * order. A result that rests on an unconfirmed figure, or a "not met" that could change once a pending figure is
 * entered, is marked unconfirmed and says so in its text.
 */
public final class ThresholdCheck {
    static final String UNCONFIRMED_ZH = "所依据的数额未经确认——须由管理员核实。";
    static final String UNCONFIRMED_EN = "unconfirmed — administrator must verify.";

    private ThresholdCheck() {
    }

    public static ThresholdResult evaluate(List<ThresholdRuleSet> ruleSets, LocalDate actDate, int article,
            ThresholdFacts facts) {
        return evaluate(ThresholdRuleSets.of(ruleSets), actDate, article, facts);
    }

    /** For an act that maps to a Criminal Law article; refuses one that maps to none. */
    public static ThresholdResult evaluate(ThresholdRuleSets ruleSets, LocalDate actDate, InfringingAct act,
            ThresholdFacts facts) {
        int article = act.criminalArticle().orElseThrow(() -> new IllegalArgumentException(
                act + " (" + act.labelEn() + ") is not an IP crime under Criminal Law arts 213–219"));
        return evaluate(ruleSets, actDate, article, facts);
    }

    public static ThresholdResult evaluate(ThresholdRuleSets ruleSets, LocalDate actDate, int article,
            ThresholdFacts facts) {
        Objects.requireNonNull(ruleSets, "ruleSets");
        Objects.requireNonNull(actDate, "actDate");
        Objects.requireNonNull(facts, "facts");
        Optional<ThresholdRuleSet> inForce = ruleSets.inForceOn(actDate);
        List<ThresholdRow> rows = inForce.map(s -> s.rowsInForce(article, actDate)).orElse(List.of());
        if (rows.isEmpty()) {
            String setId = inForce.map(ThresholdRuleSet::id).orElse(null);
            String setSource = inForce.map(ThresholdRuleSet::source).orElse(null);
            return new ThresholdResult(Verdict.NO_RULE_IN_FORCE, article, actDate, setId, setSource, null, false,
                    false, List.of(),
                    "行为日 " + actDate + " 无适用于刑法第" + article + "条的入罪标准"
                            + (setId == null ? "规则集。" : "（规则集 " + setId + " 无此条）。"),
                    "No threshold for Criminal Law art " + article + " is in force on the act date " + actDate
                            + (setId == null ? "." : " (rule set " + setId + " has no row for it)."));
        }
        ThresholdRuleSet set = inForce.orElseThrow();

        List<RowEvaluation> considered = new ArrayList<>();
        List<Candidate> met = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ThresholdRow row = rows.get(i);
            boolean applicable = row.appliesTo(facts, actDate);
            List<TriggerEvaluation> evaluations = new ArrayList<>();
            for (Trigger t : row.triggers()) {
                evaluations.add(weigh(t, false, facts));
            }
            for (Trigger t : row.attemptTriggers()) {
                evaluations.add(weigh(t, true, facts));
            }
            considered.add(new RowEvaluation(row.id(), row.source(), row.confirmed(), applicable, evaluations,
                    row.note()));
            if (applicable) {
                for (TriggerEvaluation e : evaluations) {
                    if (e.status() == TriggerEvaluation.Status.MET) {
                        met.add(new Candidate(row, e, i));
                    }
                }
            }
        }

        if (!met.isEmpty()) {
            Candidate best = met.stream().min(Comparator.comparing((Candidate c) -> !c.row.confirmed())
                    .thenComparing(c -> c.trigger.attempt()).thenComparingInt(c -> c.order)).orElseThrow();
            boolean completedAlsoMet = met.stream().anyMatch(c -> !c.trigger.attempt());
            boolean attempt = best.trigger.attempt() && !completedAlsoMet;
            Citation citation = new Citation(set.id(), best.row.source(), article, best.row.crimeNameZh(),
                    best.row.crimeNameEn(), best.row.id(), best.trigger.metric(), best.trigger.figure().getAsLong(),
                    best.trigger.actual().getAsLong(), best.trigger.attempt(), best.row.confirmed(),
                    best.trigger.note().isEmpty() ? best.row.note() : best.trigger.note());
            boolean confirmed = best.row.confirmed();
            String zh = "达到入罪标准，应当移送：" + citation.textZh() + "。" + (confirmed ? "" : "注意：" + UNCONFIRMED_ZH);
            String en = "Threshold met, referral required: " + citation.textEn() + "."
                    + (confirmed ? "" : " Caution: rests on a figure that is " + UNCONFIRMED_EN);
            return new ThresholdResult(Verdict.MET, article, actDate, set.id(), set.source(), citation, confirmed,
                    attempt, considered, zh, en);
        }

        List<ThresholdRow> applicableRows = rows.stream().filter(r -> r.appliesTo(facts, actDate)).toList();
        boolean confirmed = applicableRows.stream().allMatch(r -> r.confirmed() && !r.hasPendingFigure());
        StringBuilder zh = new StringBuilder("未达到刑法第").append(article).append("条的入罪标准（规则集 ")
                .append(set.id()).append("，").append(set.source()).append("）。");
        StringBuilder en = new StringBuilder("Threshold for Criminal Law art ").append(article)
                .append(" not met (rule set ").append(set.id()).append(", ").append(set.source()).append(").");
        List<String> pending = applicableRows.stream().filter(ThresholdRow::hasPendingFigure).map(ThresholdRow::id)
                .toList();
        if (!pending.isEmpty()) {
            zh.append("以下条目的标准数额尚未录入：").append(String.join("、", pending)).append("。");
            en.append(" Figures not yet entered for: ").append(String.join(", ", pending)).append(".");
        }
        if (!confirmed) {
            zh.append("注意：结论涉及未经确认的数额——须由管理员核实。");
            en.append(" Caution: this conclusion involves figures that are ").append(UNCONFIRMED_EN);
        }
        return new ThresholdResult(Verdict.NOT_MET, article, actDate, set.id(), set.source(), null, confirmed, false,
                considered, zh.toString(), en.toString());
    }

    private static TriggerEvaluation weigh(Trigger trigger, boolean attempt, ThresholdFacts facts) {
        OptionalLong actual = facts.amount(trigger.metric());
        TriggerEvaluation.Status status;
        if (trigger.isPending()) {
            status = TriggerEvaluation.Status.NO_FIGURE;
        } else if (actual.isEmpty()) {
            status = TriggerEvaluation.Status.NO_FACT;
        } else {
            status = actual.getAsLong() >= trigger.figure().getAsLong() ? TriggerEvaluation.Status.MET
                    : TriggerEvaluation.Status.NOT_MET;
        }
        return new TriggerEvaluation(trigger.metric(), trigger.figure(), actual, attempt, status, trigger.note());
    }

    private record Candidate(ThresholdRow row, TriggerEvaluation trigger, int order) {
    }
}
