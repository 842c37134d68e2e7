package org.ipcollab.cases.infringement.domain;

/**
 * The statutory clocks a case runs; each names the time-limit rule ({@code rules/time-limits.json}) that sets it, so
 * the figure, its source and its effective dates are data.
 */
public enum CaseClockKind {
    /** 立案期限 — decide whether to open within 15 working days of the clue (+15 with approval; testing paused). */
    OPEN_DECISION("case.open-decision", "立案期限", "Decision to open"),
    /** 办案期限 — conclude within 90 days of opening (+30 with approval; further by collective decision). */
    CONCLUDE("case.conclude", "办案期限", "Conclusion of the case"),
    /** 法制审核期限 — legal review of a major, heard or complex case. */
    LEGAL_REVIEW("case.legal-review", "法制审核期限", "Legal review"),
    /** 以罚代刑时抄送 — a penalty decision on a case that met a criminal threshold reaches police and procuratorate. */
    PENALTY_DECISION_COPY("referral.penalty-decision-copy", "处罚决定抄送公安、检察期限",
            "Penalty decision copied to police and procuratorate");

    private final String ruleId;
    private final String labelZh;
    private final String labelEn;

    CaseClockKind(String ruleId, String labelZh, String labelEn) {
        this.ruleId = ruleId;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String ruleId() {
        return ruleId;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }
}
