package org.ipcollab.cases.infringement.domain;

/** 案件来源 — where the clue that led to the case came from. */
public enum ClueSource {
    /** 12315 投诉举报 */
    COMPLAINT_12315("12315投诉举报", "12315 complaint or report"),
    /** 监督检查 */
    INSPECTION("监督检查中发现", "Found in an inspection"),
    /** 网络交易监测 */
    ECOMMERCE_MONITORING("网络交易监测", "E-commerce monitoring"),
    /** 海关移送 */
    CUSTOMS("海关移送", "Transferred by customs"),
    /** 其他区县移送 */
    TRANSFER_FROM_DISTRICT("其他区县移送", "Transferred from another district"),
    /** 公安机关反向移送 */
    REVERSE_REFERRAL_POLICE("公安机关反向移送", "Reverse referral from the police"),
    /** 检察机关反向移送（检察意见） */
    REVERSE_REFERRAL_PROCURATORATE("检察机关反向移送", "Reverse referral from the procuratorate");

    private final String labelZh;
    private final String labelEn;

    ClueSource(String labelZh, String labelEn) {
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
