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
            "Penalty decision copied to police and procuratorate"),
    /** 行政处罚信息公示 — a publishable penalty decision is published within 20 working days (SAMR Order 45 art 9). */
    PUBLICATION("case.publication", "行政处罚信息公示期限", "Publication of the penalty decision"),
    /** 撤下公示信息 — a published decision that was changed or revoked is withdrawn within 3 working days (art 11). */
    PUBLICATION_WITHDRAWAL("case.publication-withdrawal", "撤下已公示处罚信息期限",
            "Withdrawal of a published decision that was changed or revoked");

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
