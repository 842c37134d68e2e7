package org.ipcollab.cases.rules;

import java.time.LocalDate;
import java.util.List;

import org.ipcollab.cases.rules.domain.Counting;
import org.ipcollab.cases.rules.domain.ExtensionAuthority;
import org.ipcollab.cases.rules.domain.PauseReason;
import org.ipcollab.cases.rules.domain.PeriodUnit;
import org.ipcollab.cases.rules.domain.TimeLimitRule;

/** 法定期限 — one version of a statutory time limit ({@code GET /rules/time-limits}). */
public record TimeLimitRuleResponse(String id, String labelZh, String labelEn, int amount, PeriodUnit unit,
        Counting counting, String trigger, boolean finalDayRollsOver, List<PauseReason> pausesExcluded,
        List<ExtensionResponse> extensions, List<SourceResponse> sources, String citation, LocalDate effectiveFrom,
        LocalDate effectiveTo, boolean confirmed, String note) {

    /** One tier of 延长期限; {@code amount} null when the granting decision sets it, {@code maxTimes} null: no limit. */
    public record ExtensionResponse(ExtensionAuthority authority, Integer amount, PeriodUnit unit, Integer maxTimes) {
    }

    public record SourceResponse(String law, String article) {
    }

    static TimeLimitRuleResponse of(TimeLimitRule rule) {
        return new TimeLimitRuleResponse(rule.id(), rule.labelZh(), rule.labelEn(), rule.amount(), rule.unit(),
                rule.counting(), rule.trigger(), rule.finalDayRollsOver(),
                rule.pausesExcluded().stream().sorted().toList(),
                rule.extensions().stream()
                        .map(e -> new ExtensionResponse(e.authority(), e.amount(), e.unit(), e.maxTimes())).toList(),
                rule.sources().stream().map(s -> new SourceResponse(s.law(), s.article())).toList(),
                rule.citation(), rule.effectiveFrom(), rule.effectiveTo(), rule.confirmed(), rule.note());
    }
}
