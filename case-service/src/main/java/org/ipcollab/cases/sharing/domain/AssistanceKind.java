package org.ipcollab.cases.sharing.domain;

/** 协查事项 — what a district asks a neighbouring district to do. */
public enum AssistanceKind {
    INVESTIGATE("协助调查取证", "Investigate"),
    SERVE_DOCUMENTS("协助送达文书", "Serve documents"),
    VERIFY_GOODS("协助核查涉案物品", "Verify goods");

    private final String labelZh;
    private final String labelEn;

    AssistanceKind(String labelZh, String labelEn) {
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
