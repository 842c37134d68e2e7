package org.ipcollab.referral.referral.domain;

/** 反向移送状态 — where a case sent back to an agency for administrative liability stands. */
public enum ReverseStatus {
    UNDER_REVIEW("检察院审查中", "under the procuratorate's review"),
    OPINION_SENT("已提出检察意见，待行政机关回复", "prosecutorial opinion sent; the agency answers"),
    SENT_TO_AGENCY("已移送行政机关处理", "sent back to the agency"),
    ANSWERED("行政机关已回复", "answered by the agency");

    private final String zh;
    private final String en;

    ReverseStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
