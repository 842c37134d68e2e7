package org.ipcollab.cases.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ipcollab.cases.thresholds.domain.Condition;
import org.ipcollab.cases.thresholds.domain.Metric;
import org.ipcollab.cases.thresholds.domain.Money;
import org.ipcollab.cases.thresholds.domain.ThresholdRow;
import org.ipcollab.cases.thresholds.domain.ThresholdRuleSet;
import org.ipcollab.cases.thresholds.domain.Trigger;

/**
 * 入罪标准规则集 — one criminal threshold rule set as in force ({@code GET /rules/thresholds}) or as just loaded. Money
 * figures are yuan as decimal strings ({@code "50000.00"}), counts are whole numbers; a pending figure (the law has
 * the trigger, our sources do not give its figure) has neither.
 *
 * @param unconfirmedRows        rows an administrator must still verify
 * @param rowsWithPendingFigures rows with at least one pending figure
 */
public record ThresholdSetResponse(String id, String titleZh, String titleEn, String source, LocalDate effectiveFrom,
        LocalDate effectiveTo, int unconfirmedRows, int rowsWithPendingFigures, List<Row> rows,
        RuleOrigin.Source origin, Long documentId, String loadedBy, String loadedByDistrict, Instant loadedAt,
        String reason) {

    public record Row(String id, int article, String crimeNameZh, String crimeNameEn, LocalDate effectiveFrom,
            LocalDate effectiveTo, List<ConditionResponse> appliesIfAnyOf, List<TriggerResponse> triggers,
            List<TriggerResponse> attemptTriggers, String source, boolean confirmed, boolean pendingFigure,
            String note) {
    }

    public record ConditionResponse(Condition.Kind kind, int value, String describeZh, String describeEn) {
    }

    /**
     * @param yuan    the money figure in yuan, for money metrics; null for counts and while pending
     * @param count   the figure for count metrics (copies, pieces); null for money and while pending
     * @param figureZh the figure as people read it ({@code ¥50,000.00}, {@code 500 张（份）}), null while pending
     */
    public record TriggerResponse(Metric metric, String metricZh, String metricEn, boolean money, String yuan,
            Long count, boolean pending, String figureZh, String figureEn, String note) {
    }

    static ThresholdSetResponse of(ThresholdRuleSet set, RuleOrigin origin) {
        List<Row> rows = set.rows().stream().map(ThresholdSetResponse::row).toList();
        return new ThresholdSetResponse(set.id(), set.titleZh(), set.titleEn(), set.source(), set.effectiveFrom(),
                set.effectiveTo(), (int) rows.stream().filter(r -> !r.confirmed()).count(),
                (int) rows.stream().filter(Row::pendingFigure).count(), rows, origin.source(), origin.documentId(),
                origin.loadedBy(), origin.loadedByDistrict(), origin.loadedAt(), origin.reason());
    }

    private static Row row(ThresholdRow row) {
        return new Row(row.id(), row.article(), row.crimeNameZh(), row.crimeNameEn(), row.effectiveFrom(),
                row.effectiveTo(),
                row.appliesIfAnyOf().stream()
                        .map(c -> new ConditionResponse(c.kind(), c.value(), c.describeZh(), c.describeEn())).toList(),
                row.triggers().stream().map(ThresholdSetResponse::trigger).toList(),
                row.attemptTriggers().stream().map(ThresholdSetResponse::trigger).toList(),
                row.source(), row.confirmed(), row.hasPendingFigure(), row.note());
    }

    private static TriggerResponse trigger(Trigger trigger) {
        Metric metric = trigger.metric();
        if (trigger.isPending()) {
            return new TriggerResponse(metric, metric.labelZh(), metric.labelEn(), metric.isMoney(), null, null, true,
                    null, null, trigger.note());
        }
        long figure = trigger.figure().getAsLong();
        return new TriggerResponse(metric, metric.labelZh(), metric.labelEn(), metric.isMoney(),
                metric.isMoney() ? Money.ofFen(figure).toYuan().toPlainString() : null,
                metric.isMoney() ? null : figure, false, metric.formatZh(figure), metric.formatEn(figure),
                trigger.note());
    }
}
