package org.ipcollab.cases.infringement.domain;

/** 案件状态 — where a case stands. The full lifecycle (clue → open → … → closed) grows with the case issue. */
public enum CaseStatus {
    /** 已登记 — filed: recorded by an enforcement officer, not yet decided on. */
    FILED("已登记", "Filed");

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
}
