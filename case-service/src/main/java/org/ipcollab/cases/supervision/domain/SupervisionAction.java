package org.ipcollab.cases.supervision.domain;

/** The record (执法全过程记录) entries this feature writes: the {@code action} code and its labels. */
public enum SupervisionAction {
    /** 列为重大案件联合督办 — the case was marked major under joint supervision. */
    MARKED_MAJOR("列为重大案件联合督办", "Marked major, under joint supervision"),
    /** 记录重大案件会商 — a major-case consultation was recorded. */
    CONSULTATION_RECORDED("记录重大案件会商", "Major-case consultation recorded");

    private final String labelZh;
    private final String labelEn;

    SupervisionAction(String labelZh, String labelEn) {
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
