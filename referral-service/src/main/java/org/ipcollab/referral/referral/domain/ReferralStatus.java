package org.ipcollab.referral.referral.domain;

/** 移送状态 — where a referral of a suspected crime stands in the chain agency → police → procuratorate → court. */
public enum ReferralStatus {
    AWAITING_APPROVAL("待负责人审批", "awaiting the agency head's approval"),
    NOT_APPROVED("负责人不批准移送", "not approved by the agency head"),
    APPROVED("已批准，待移送公安", "approved, to be sent to the police"),
    SENT("已移送公安机关", "sent to the police"),
    FORWARDED("已转送主管公安机关", "forwarded to the competent police"),
    RECEIVED("公安机关已签收", "receipt signed by the police"),
    REFUSED("公安机关不予立案", "police refused to open a criminal case"),
    RECONSIDERATION_REQUESTED("已提请复议", "reconsideration requested"),
    REFUSAL_UPHELD("复议维持不予立案", "refusal upheld on reconsideration"),
    SUPERVISION_REQUESTED("已建议检察院立案监督", "procuratorate asked to supervise"),
    EXPLANATION_REQUESTED("检察院要求说明不立案理由", "procuratorate asked the police to explain"),
    EXPLAINED("公安机关已说明不立案理由", "police explained the refusal"),
    REFUSAL_CONFIRMED("检察院认为不立案理由成立", "procuratorate accepted the police's reasons"),
    OPENING_ORDERED("检察院通知立案", "procuratorate ordered the police to open the case"),
    CRIMINAL_CASE_OPENED("公安机关已立案", "criminal case opened by the police"),
    HANDED_OVER("涉案物品和材料已移交", "goods and materials handed over"),
    SENT_FOR_PROSECUTION("已移送审查起诉", "sent to the procuratorate for prosecution"),
    PROSECUTED("已提起公诉", "prosecuted before the court"),
    NOT_PROSECUTED("检察院决定不起诉，已反向移送", "not prosecuted; sent back to the agency"),
    COURT_REGISTERED("法院已立案", "registered by the court"),
    JUDGED("法院已作出判决", "judgment recorded");

    private final String zh;
    private final String en;

    ReferralStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** Whether the chain has ended; a case may have a new referral only when its earlier ones have ended. */
    public boolean isFinal() {
        return this == NOT_APPROVED || this == REFUSAL_CONFIRMED || this == NOT_PROSECUTED || this == JUDGED;
    }
}
