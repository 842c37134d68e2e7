package org.ipcollab.cases.infringement.domain;

/** 法制审核意见. */
public enum LegalReviewOpinion {
    /** 同意 — the proposed decision may be made. */
    APPROVED("同意", "Approved"),
    /** 退回补充调查 — back to investigation. */
    RETURNED("退回补充调查", "Returned for further investigation");

    private final String labelZh;
    private final String labelEn;

    LegalReviewOpinion(String labelZh, String labelEn) {
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
