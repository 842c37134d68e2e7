package org.ipcollab.cases.rules;

/** What an administrator can load: a year's working-day calendar, or a whole criminal threshold rule set. */
public enum RuleDocumentKind {
    /** 工作日历 — one year, in the format of {@link CalendarFiles}; keyed by the year. */
    CALENDAR,
    /** 入罪标准规则集 — one rule set, in the format of {@code ThresholdRuleFiles}; keyed by the rule-set id. */
    THRESHOLD_SET
}
