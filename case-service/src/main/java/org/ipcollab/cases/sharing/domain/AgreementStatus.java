package org.ipcollab.cases.sharing.domain;

/** 协议状态 — where a sharing agreement stands; "expired" is not a status but read from the validity period. */
public enum AgreementStatus {
    /** 待双方批准 — proposed, not yet approved by both districts' liaisons. */
    PROPOSED("待双方批准", "Awaiting both districts' approval"),
    /** 生效 — approved by both; in force within its validity period. */
    ACTIVE("生效", "In force"),
    /** 暂停 — suspended by one of the districts. */
    SUSPENDED("暂停", "Suspended");

    private final String labelZh;
    private final String labelEn;

    AgreementStatus(String labelZh, String labelEn) {
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
