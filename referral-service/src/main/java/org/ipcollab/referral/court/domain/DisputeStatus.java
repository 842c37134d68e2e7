package org.ipcollab.referral.court.domain;

/** Where a civil IP dispute addressed to a court stands in this service. */
public enum DisputeStatus {
    REGISTERED("法院已收到纠纷", "received by the court"),
    MEDIATION_ENTRUSTED("已委派/委托调解", "entrusted to mediation");

    private final String zh;
    private final String en;

    DisputeStatus(String zh, String en) {
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
