package org.ipcollab.cases.statistics.domain;

import java.util.function.Function;

/**
 * 统计指标 — each figure of {@code GET /statistics/cases}, in column order, with its definition. An event is counted in
 * the period of the Beijing legal date it happened on; "on time" compares the clock's stop with its final due instant
 * ({@code case_clock.due_at}, which already includes pauses and extensions).
 */
public enum CaseMetric {
    CASES_FILED("casesFiled", "登记案件数", "Cases filed",
            "登记日期在本期的案件数（线索登记即开始立案期限）。",
            "Cases whose filing (clue recorded) falls in the period.", PeriodFigures::casesFiled),
    CASES_OPENED("casesOpened", "立案数", "Cases opened",
            "立案日期在本期的案件数。", "Cases opened (立案) in the period.", PeriodFigures::casesOpened),
    OPENING_DECISIONS("openingDecisions", "立案决定数", "Decisions whether to open",
            "本期作出的立案或不予立案决定数（立案期限 OPEN_DECISION 在本期停止）。",
            "OPEN_DECISION clocks stopped in the period: cases opened or declined.", PeriodFigures::openingDecisions),
    OPENED_ON_TIME("openedOnTime", "按期作出立案决定数", "Decisions whether to open made on time",
            "上述决定中在立案期限届满前作出的（停止时刻不晚于到期时刻，含延长与中止）。",
            "Of those, the decisions made no later than the clock's due instant (with extensions and pauses).",
            PeriodFigures::openedOnTime),
    ON_TIME_OPENING_RATE("onTimeOpeningRate", "按期立案率", "On-time opening rate",
            "按期作出立案决定数 ÷ 立案决定数；分母为 0 时为空。",
            "openedOnTime ÷ openingDecisions; null when there were none.", PeriodFigures::onTimeOpeningRate),
    CASES_CLOSED("casesClosed", "结案数", "Cases closed",
            "结案日期在本期的案件数。", "Cases closed (结案) in the period.", PeriodFigures::casesClosed),
    CLOSED_ON_TIME("closedOnTime", "按期结案数", "Cases closed on time",
            "上述案件中办案期限（CONCLUDE）在到期前停止的。",
            "Of those, the cases whose CONCLUDE clock stopped no later than its due instant.",
            PeriodFigures::closedOnTime),
    ON_TIME_CLOSING_RATE("onTimeClosingRate", "按期结案率", "On-time closing rate",
            "按期结案数 ÷ 结案数；分母为 0 时为空。", "closedOnTime ÷ casesClosed; null when none were closed.",
            PeriodFigures::onTimeClosingRate),
    DECISIONS("decisions", "作出决定数", "Decisions",
            "本期作出的处理决定数（给予处罚、不予处罚、移送）。",
            "Decisions made in the period (penalty, no penalty, referral).", PeriodFigures::decisions),
    REFERRALS("referrals", "移送数", "Referrals",
            "上述决定中决定移送公安机关的（REFERRAL）。", "Of those, decisions to refer to the police (REFERRAL).",
            PeriodFigures::referrals),
    REFERRAL_RATE("referralRate", "移送率", "Referral rate",
            "移送数 ÷ 作出决定数；分母为 0 时为空。", "referrals ÷ decisions; null when there were none.",
            PeriodFigures::referralRate),
    REFERRAL_REQUIRED("referralRequired", "达到入罪标准的决定数", "Decisions on cases meeting a criminal threshold",
            "本期作出决定的案件中，达到刑事追诉标准（应当移送）的。",
            "Decisions in the period on cases whose facts met a criminal threshold (referral required).",
            PeriodFigures::referralRequired),
    FINES_WITHOUT_REFERRAL("finesWithoutReferral", "以罚代刑风险数", "Penalty instead of referral (risk)",
            "达到入罪标准但决定不是移送的（给予或不予处罚）：以罚代刑风险，须有不移送理由。",
            "Of those, decisions other than REFERRAL (penalty or no penalty): the risk of a penalty replacing a "
                    + "criminal referral (以罚代刑); each carries a recorded reason for not referring.",
            PeriodFigures::finesWithoutReferral),
    PUBLICATIONS_DUE("publicationsDue", "应公示数", "Publications due",
            "公示期限（PUBLICATION）到期日在本期、且已公示或已到期的。",
            "PUBLICATION clocks whose due instant falls in the period and that were stopped (published) or are "
                    + "past due.", PeriodFigures::publicationsDue),
    PUBLISHED_ON_TIME("publishedOnTime", "按期公示数", "Published on time",
            "上述公示中在到期前完成的。", "Of those, published no later than the due instant.",
            PeriodFigures::publishedOnTime),
    PUBLICATION_TIMELINESS_RATE("publicationTimelinessRate", "公示及时率", "Publication timeliness rate",
            "按期公示数 ÷ 应公示数；分母为 0 时为空。", "publishedOnTime ÷ publicationsDue; null when none were due.",
            PeriodFigures::publicationTimelinessRate),
    AVERAGE_DURATION_DAYS("averageDurationDays", "平均办案天数", "Average duration (days)",
            "本期结案的案件自立案至结案的平均自然日数（两位小数）；无则为空。",
            "Mean calendar days from opening to closure of the cases closed in the period, two decimal places; "
                    + "null when none.", PeriodFigures::averageDurationDays);

    private final String code;
    private final String labelZh;
    private final String labelEn;
    private final String definitionZh;
    private final String definitionEn;
    private final Function<PeriodFigures, Object> value;

    CaseMetric(String code, String labelZh, String labelEn, String definitionZh, String definitionEn,
            Function<PeriodFigures, Object> value) {
        this.code = code;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.definitionZh = definitionZh;
        this.definitionEn = definitionEn;
        this.value = value;
    }

    public String code() {
        return code;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    public String definitionZh() {
        return definitionZh;
    }

    public String definitionEn() {
        return definitionEn;
    }

    /** The figure: a count (Long), a rate or a number of days (decimal String), or null. */
    public Object valueOf(PeriodFigures figures) {
        return value.apply(figures);
    }
}
