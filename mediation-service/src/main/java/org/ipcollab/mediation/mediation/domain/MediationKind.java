package org.ipcollab.mediation.mediation.domain;

/** How the mediation came about, and so which time limit runs once the mediator signs for the file. */
public enum MediationKind {
    /** 委派调解 — court-invited mediation before filing (SPC 特邀调解规定 2016 art 27: 30 days). */
    PRE_FILING("委派调解（诉前）", "court-invited, pre-filing", "mediation.pre-filing"),
    /** 委托调解 — court-invited mediation after filing, ordinary procedure (15 days). */
    ENTRUSTED_ORDINARY("委托调解（普通程序）", "court-entrusted, ordinary procedure", "mediation.entrusted-ordinary"),
    /** 委托调解 — court-invited mediation after filing, simplified procedure (7 days). */
    ENTRUSTED_SIMPLIFIED("委托调解（简易程序）", "court-entrusted, simplified procedure", "mediation.entrusted-simplified"),
    /** 直接调解 — requested by an agency or a party directly from an organisation; no statutory period. */
    DIRECT("直接申请调解", "direct mediation", null);

    private final String labelZh;
    private final String labelEn;
    private final String ruleId;

    MediationKind(String labelZh, String labelEn, String ruleId) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.ruleId = ruleId;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The time-limit rule of the mediation period, or {@code null} for direct mediation. */
    public String ruleId() {
        return ruleId;
    }

    public boolean courtInvited() {
        return this != DIRECT;
    }
}
