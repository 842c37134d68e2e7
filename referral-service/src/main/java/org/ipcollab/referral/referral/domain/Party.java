package org.ipcollab.referral.referral.domain;

/** The departments a referral involves, each acting through one role of the token. */
public enum Party {
    /** 行政执法机关 — the referring agency (role {@code regulator}). */
    AGENCY("regulator"),
    /** 公安机关 — police. */
    POLICE("police"),
    /** 人民检察院 — procuratorate. */
    PROCURATORATE("procuratorate"),
    /** 人民法院 — court. */
    COURT("court");

    private final String role;

    Party(String role) {
        this.role = role;
    }

    public String role() {
        return role;
    }
}
