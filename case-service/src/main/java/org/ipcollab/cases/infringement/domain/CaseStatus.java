package org.ipcollab.cases.infringement.domain;

/**
 * 案件状态 — where a case stands in its lifecycle (DOMAIN.md §3.3): clue → decision to open → investigation → legal
 * review where required → decision → closure. The moves between them are {@link CaseTransition}s.
 */
public enum CaseStatus {
    /** 已登记线索 — the clue is recorded; the decision whether to open a case (立案) is due within 15 working days. */
    FILED("已登记（待决定是否立案）", "Filed (awaiting the decision to open)"),
    /** 不予立案 — the agency decided not to open a case. Final. */
    NOT_OPENED("不予立案", "Not opened"),
    /** 已立案调查 — opened; under investigation; the 90-day conclusion clock runs. */
    INVESTIGATING("已立案调查", "Opened, under investigation"),
    /** 法制审核 — the investigation report is with the legal reviewers (major, heard or complex cases). */
    LEGAL_REVIEW("法制审核中", "Under legal review"),
    /** 待决定 — investigation (and any legal review) done; the agency head is to decide. */
    AWAITING_DECISION("待作出决定", "Awaiting decision"),
    /** 案件中止 — suspended; the conclusion clock stands still. */
    SUSPENDED("中止", "Suspended"),
    /** 已作出决定 — a penalty or no-penalty decision was made; execution pending. */
    DECIDED("已作出决定", "Decided"),
    /** 已决定移送 — the case is to be referred to the police as a suspected crime (行刑衔接). */
    REFERRED("已决定移送公安机关", "Referral to police decided"),
    /** 已结案 — closed. Final. */
    CLOSED("已结案", "Closed");

    private final String labelZh;
    private final String labelEn;

    CaseStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** No transition leaves a final status. */
    public boolean isFinal() {
        return this == NOT_OPENED || this == CLOSED;
    }

    /** Opened and not yet decided: the facts may still change. */
    public boolean isUnderInvestigation() {
        return this == INVESTIGATING || this == LEGAL_REVIEW || this == AWAITING_DECISION || this == SUSPENDED;
    }
}
