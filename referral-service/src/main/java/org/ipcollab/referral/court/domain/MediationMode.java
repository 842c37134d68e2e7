package org.ipcollab.referral.court.domain;

/**
 * How a court invites mediation (SPC 特邀调解规定 2016 art 27); each names the time-limit rule mediation-service counts
 * from the moment the mediator signs for the file.
 */
public enum MediationMode {
    /** 委派调解 — before filing: 30 days. */
    PRE_FILING("mediation.pre-filing"),
    /** 委托调解 — after filing, ordinary procedure: 15 days. */
    ENTRUSTED_ORDINARY("mediation.entrusted-ordinary"),
    /** 委托调解 — after filing, simplified procedure: 7 days. */
    ENTRUSTED_SIMPLIFIED("mediation.entrusted-simplified");

    private final String ruleId;

    MediationMode(String ruleId) {
        this.ruleId = ruleId;
    }

    public String ruleId() {
        return ruleId;
    }
}
