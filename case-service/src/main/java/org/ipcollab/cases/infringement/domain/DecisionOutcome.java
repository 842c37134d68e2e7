package org.ipcollab.cases.infringement.domain;

/** 决定种类 — what the agency decides once the investigation is done. */
public enum DecisionOutcome {
    /** 作出行政处罚决定. */
    PENALTY("给予行政处罚", "Administrative penalty"),
    /** 不予行政处罚. */
    NO_PENALTY("不予行政处罚", "No penalty"),
    /** 移送公安机关 — a suspected crime (Order 310 art 3). */
    REFERRAL("涉嫌犯罪，移送公安机关", "Suspected crime: refer to the police");

    private final String labelZh;
    private final String labelEn;

    DecisionOutcome(String labelZh, String labelEn) {
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
